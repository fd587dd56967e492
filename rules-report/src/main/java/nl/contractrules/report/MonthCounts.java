package nl.contractrules.report;

import java.util.EnumMap;
import java.util.Map;
import nl.contractrules.model.Availability;
import nl.contractrules.model.Cause;

/** The counts of one contract's incidents reported in one month, kept while the input is read. */
final class MonthCounts {
    private static final Availability[] CLASSES = Availability.values();
    private static final Cause[] CAUSES = Cause.values();
    private static final Verdict[] VERDICTS = Verdict.values();

    long incidents;
    long open;
    long unclassified;
    private final long[] byClass = new long[CLASSES.length];
    private final long[] byCause = new long[CAUSES.length];
    private final long[] response = new long[VERDICTS.length];
    private final long[] repair = new long[VERDICTS.length];

    void add(Item.IncidentFacts incident) {
        incidents++;
        if (incident.open()) {
            open++;
        }
        if (incident.availability() == null) {
            unclassified++;
        } else {
            byClass[incident.availability().ordinal()]++;
        }
        if (incident.exclusionCause() != null) {
            byCause[incident.exclusionCause().ordinal()]++;
        }
        response[incident.response().ordinal()]++;
        repair[incident.repair().ordinal()]++;
    }

    long missed() {
        return response[Verdict.MISSED.ordinal()] + repair[Verdict.MISSED.ordinal()];
    }

    Map<Availability, Long> byClass() {
        Map<Availability, Long> map = new EnumMap<>(Availability.class);
        for (Availability a : CLASSES) {
            map.put(a, byClass[a.ordinal()]);
        }
        return map;
    }

    /** Only the causes that occur. */
    Map<Cause, Long> byCause() {
        Map<Cause, Long> map = new EnumMap<>(Cause.class);
        for (Cause c : CAUSES) {
            if (byCause[c.ordinal()] > 0) {
                map.put(c, byCause[c.ordinal()]);
            }
        }
        return map;
    }

    Map<Verdict, Long> response() {
        return verdicts(response);
    }

    Map<Verdict, Long> repair() {
        return verdicts(repair);
    }

    private static Map<Verdict, Long> verdicts(long[] counts) {
        Map<Verdict, Long> map = new EnumMap<>(Verdict.class);
        for (Verdict v : VERDICTS) {
            map.put(v, counts[v.ordinal()]);
        }
        return map;
    }
}

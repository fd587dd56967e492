package nl.contractrules.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.contractrules.model.Availability;
import nl.contractrules.model.Cause;
import nl.contractrules.model.Citation;
import nl.contractrules.model.Regime;
import nl.contractrules.model.Tier;

/**
 * The monthly service report: per contract and calendar month (Europe/Amsterdam), the incidents by availability
 * class and exclusion cause, the response and repair targets met and missed, the availability the contract's own
 * {@code availability} rules give for the month's outages, and the missed targets with the clauses that set them.
 * Built by {@link ReportRun}; written by {@link ReportJson}, {@link ReportCsv} and {@link ReportHtml}.
 *
 * @param months          the months reported, in order
 * @param totals          the counts of the whole input
 * @param contracts       a report per contract that has a case in the input, by id
 * @param badLines        the bad lines listed, in input order
 * @param badLinesNotListed the bad lines beyond the listed ones
 */
public record MonthlyReport(List<YearMonth> months, Totals totals, List<ContractReport> contracts,
                            List<BadLine> badLines, long badLinesNotListed) {

    /**
     * The counts of the whole input.
     *
     * @param read             lines read
     * @param rejected         lines that could not be read or were rejected (the bad lines)
     * @param incidents        incidents decided
     * @param incidentsOutside incidents decided but reported outside the months reported (not counted in them)
     * @param otherCases       decided cases of other kinds (not part of the report)
     */
    public record Totals(long read, long rejected, long incidents, long incidentsOutside, long otherCases) {
    }

    /**
     * One contract's months and its missed targets.
     *
     * @param missed          the missed targets listed, most minutes over first
     * @param missedNotListed missed targets beyond the listed ones
     */
    public record ContractReport(String id, Regime regime, Tier tier, List<MonthFigures> months,
                                 List<MissedTarget> missed, long missedNotListed) {
        /** Missed targets of the months reported, listed or not. */
        public long missedTotal() {
            return months.stream().mapToLong(m -> m.response().get(Verdict.MISSED) + m.repair().get(Verdict.MISSED))
                    .sum();
        }
    }

    /**
     * One contract's figures for one month. Incidents count in the month they were reported in; the availability
     * covers the outages that overlap the month, cut to it.
     *
     * @param incidents     incidents reported in the month
     * @param open          of them, those without {@code resolvedAt}
     * @param byClass       incidents by the availability class their decision gives; a decision without one
     *                      (a regime that does not classify incidents) is counted under {@code null}
     * @param byCause       excluded incidents by exclusion cause
     * @param response      incidents by the verdict on their response target
     * @param repair        incidents by the verdict on their repair target
     * @param availability  the month's availability decision
     */
    public record MonthFigures(YearMonth month, long incidents, long open, Map<Availability, Long> byClass,
                               long unclassified, Map<Cause, Long> byCause, Map<Verdict, Long> response,
                               Map<Verdict, Long> repair, AvailabilityFigure availability) {
        /** Incidents counted under an availability class; 0 for a class none had. */
        public long count(Availability availability) {
            return byClass.getOrDefault(availability, 0L);
        }

        /** The missed targets of the month, response and repair. */
        public long missed() {
            return response.get(Verdict.MISSED) + repair.get(Verdict.MISSED);
        }

        /** Targets of the month by verdict, response and repair added up. */
        public Map<Verdict, Long> targets() {
            Map<Verdict, Long> both = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) {
                both.put(v, response.get(v) + repair.get(v));
            }
            return both;
        }
    }

    /**
     * A month's availability as the contract's {@code availability} rules decide it, or why there is none.
     *
     * @param percent        {@code availabilityPercent}; null when not decided
     * @param targetPercent  {@code targetPercent}
     * @param met            {@code met}
     * @param countedMinutes {@code countedDowntimeMinutes}
     * @param excludedMinutes {@code excludedDowntimeMinutes}
     * @param outages        the outages of the case: every incident's outage overlapping the month, cut to it
     * @param openOutages    of them, those of incidents without {@code resolvedAt}, counted to the end of the
     *                       months reported
     * @param notDecided     why there is no figure (the regime decides no availability, or the case was
     *                       rejected); null when decided
     * @param citations      the rules of the decision
     */
    public record AvailabilityFigure(BigDecimal percent, BigDecimal targetPercent, Boolean met,
                                     Integer countedMinutes, Integer excludedMinutes, int outages, int openOutages,
                                     String notDecided, List<Citation> citations) {
        public boolean decided() {
            return notDecided == null;
        }
    }
}

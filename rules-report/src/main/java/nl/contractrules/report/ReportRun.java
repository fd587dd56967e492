package nl.contractrules.report;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import nl.contractrules.api.Bulk;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.BulkResult;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Rejection;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.BulkLines;
import nl.contractrules.json.JsonLines;
import nl.contractrules.model.AvailabilityFields;
import nl.contractrules.model.AvailabilityPeriod;
import nl.contractrules.model.Contract;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.time.ContractTime;

/**
 * Builds a {@link MonthlyReport} from the cases of a {@code decide} input, streamed: each case is decided on the
 * worker threads of {@link ContractRules#bulk()} and reduced there to what the report keeps of it; this thread adds
 * it to the counts of its contract and month. Memory grows with the contracts and months, not with the cases: per
 * contract and month a few hundred bytes of counts, per incident 17 bytes for its outage, per contract the
 * missed targets listed ({@link ReportOptions#listedMissed()}), and the bad lines listed.
 *
 * <p>Once the input is read, each contract's availability for each month is decided by its regime's own
 * {@code availability} rules: a case of that kind for the month, with the outages of the contract's incidents that
 * overlap it, cut to it, evaluated through {@link ContractRules} like any other case.
 */
public final class ReportRun {
    /** Rule firings allowed per outage of an availability case, beyond the default bound on an evaluation. */
    static final int FIRINGS_PER_OUTAGE = 4;
    private static final Comparator<MissedTarget> LEAST_SEVERE_FIRST =
            Comparator.comparingLong(MissedTarget::severity)
                    .thenComparing(Comparator.comparingLong(MissedTarget::position).reversed());

    private final ReportOptions options;
    private final Map<String, ContractData> contracts = new HashMap<>();
    private final List<BadLine> badLines = new ArrayList<>();
    private long read;
    private long rejected;
    private long incidents;
    private long otherCases;
    private YearMonth firstMonth;
    private YearMonth lastMonth;

    private ReportRun(ReportOptions options) {
        this.options = options;
    }

    /** What the report keeps of one contract. */
    private static final class ContractData {
        private final Contract contract;
        private final Map<YearMonth, MonthCounts> months = new HashMap<>();
        private final Outages outages = new Outages();
        private final PriorityQueue<MissedTarget> worst = new PriorityQueue<>(LEAST_SEVERE_FIRST);

        ContractData(Contract contract) {
            this.contract = contract;
        }
    }

    /**
     * The report on the JSON Lines of {@code decide} ({@link BulkLines}), decided by {@code rules} in bulk runs set
     * up by {@code bulk} (its executor and threads, e.g. {@code r -> r.bulk().executor(pool)}); {@code progress} is
     * told the number of lines done after each.
     */
    public static MonthlyReport run(ContractRules rules, Function<ContractRules, Bulk<BulkCase, BulkResult>> bulk,
            Stream<JsonLines.Line> lines, BulkContracts contracts, ReportOptions options, LongConsumer progress) {
        ReportRun run = new ReportRun(options);
        try (Stream<Item> items = bulk.apply(rules).reading((JsonLines.Line line) -> BulkLines.read(line, contracts))
                .finishing(result -> Item.of(result, rules)).decide(lines)) {
            for (Iterator<Item> it = items.iterator(); it.hasNext(); ) {
                run.add(it.next());
                progress.accept(run.read);
            }
        }
        return run.finish(rules, bulk);
    }

    private void add(Item item) {
        read++;
        if (item instanceof Item.Bad bad) {
            rejected++;
            if (badLines.size() < options.listedBadLines()) {
                badLines.add(bad.line());
            }
        } else if (item instanceof Item.Other other) {
            otherCases++;
            data(other.contract());
        } else {
            add((Item.IncidentFacts) item);
        }
    }

    private ContractData data(Contract contract) {
        return contracts.computeIfAbsent(contract.id(), id -> new ContractData(contract));
    }

    private void add(Item.IncidentFacts incident) {
        incidents++;
        ContractData data = data(incident.contract());
        YearMonth month = YearMonth.from(incident.reportedAt());
        firstMonth = firstMonth == null || month.isBefore(firstMonth) ? month : firstMonth;
        lastMonth = lastMonth == null || month.isAfter(lastMonth) ? month : lastMonth;
        data.months.computeIfAbsent(month, m -> new MonthCounts()).add(incident);
        data.outages.add(incident.outageStart(), incident.outageEnd(), incident.cause(),
                incident.allUsersAffected());
        if (inRange(month, options.from(), options.to())) {
            for (MissedTarget missed : incident.missed()) {
                data.worst.add(missed);
                if (data.worst.size() > options.listedMissed()) {
                    data.worst.poll();
                }
            }
        }
    }

    private static boolean inRange(YearMonth month, YearMonth from, YearMonth to) {
        return (from == null || !month.isBefore(from)) && (to == null || !month.isAfter(to));
    }

    /** The months reported: as the options say, else from the first to the last month with an incident. */
    private List<YearMonth> months() {
        YearMonth to = options.to() != null ? options.to() : later(lastMonth, options.from());
        YearMonth from = options.from() != null ? options.from() : earlier(firstMonth, to);
        List<YearMonth> months = new ArrayList<>();
        if (from == null || to == null) {
            return months;
        }
        if (options.from() == null && from.plusMonths(ReportOptions.MAX_MONTHS).isBefore(to.plusMonths(1))) {
            from = to.minusMonths(ReportOptions.MAX_MONTHS - 1L);
        }
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static YearMonth later(YearMonth a, YearMonth b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static YearMonth earlier(YearMonth a, YearMonth b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /** One availability case of the report: a contract's month. */
    private record Key(ContractData data, YearMonth month) {
        String id() {
            return data.contract.id() + "/" + month;
        }
    }

    private MonthlyReport finish(ContractRules rules, Function<ContractRules, Bulk<BulkCase, BulkResult>> bulk) {
        List<YearMonth> months = months();
        Map<String, ContractData> sorted = new TreeMap<>(contracts);
        List<Key> keys = new ArrayList<>();
        int mostOutages = 0;
        for (ContractData data : sorted.values()) {
            months.forEach(month -> keys.add(new Key(data, month)));
            mostOutages = Math.max(mostOutages, data.outages.size());
        }
        long openUntil = months.isEmpty() ? 0 : start(months.get(months.size() - 1).plusMonths(1)).toEpochSecond();
        ContractRules availabilityRules = rules.withMaxFirings(
                (int) Math.min(Integer.MAX_VALUE, ContractRules.DEFAULT_MAX_FIRINGS
                        + (long) FIRINGS_PER_OUTAGE * mostOutages));
        Map<Key, MonthlyReport.AvailabilityFigure> figures = new HashMap<>();
        try (Stream<MonthlyReport.AvailabilityFigure> decided = bulk.apply(availabilityRules)
                .reading((Key key) -> availabilityCase(key, openUntil))
                .finishing(result -> figure(result, keys.get((int) result.position() - 1), openUntil))
                .decide(keys.stream())) {
            Iterator<Key> key = keys.iterator();
            decided.forEachOrdered(figure -> figures.put(key.next(), figure));
        }
        List<MonthlyReport.ContractReport> reports = new ArrayList<>();
        long counted = 0;
        for (ContractData data : sorted.values()) {
            List<MonthlyReport.MonthFigures> figuresOfMonths = new ArrayList<>();
            long missedTotal = 0;
            for (YearMonth month : months) {
                MonthCounts counts = data.months.getOrDefault(month, new MonthCounts());
                counted += counts.incidents;
                missedTotal += counts.missed();
                figuresOfMonths.add(new MonthlyReport.MonthFigures(month, counts.incidents, counts.open,
                        counts.byClass(), counts.unclassified, counts.byCause(), counts.response(),
                        counts.repair(), figures.get(new Key(data, month))));
            }
            List<MissedTarget> listed = data.worst.stream()
                    .filter(m -> months.contains(YearMonth.from(m.reportedAt())))
                    .sorted(LEAST_SEVERE_FIRST.reversed()).toList();
            Contract c = data.contract;
            reports.add(new MonthlyReport.ContractReport(c.id(), c.regime(), c.tier(), figuresOfMonths, listed,
                    missedTotal - listed.size()));
        }
        return new MonthlyReport(months,
                new MonthlyReport.Totals(read, rejected, incidents, incidents - counted, otherCases),
                reports, List.copyOf(badLines), rejected - badLines.size());
    }

    /** The availability case of a contract's month: the outages of its incidents overlapping the month, cut to it. */
    private static BulkCase availabilityCase(Key key, long openUntil) {
        ZonedDateTime start = start(key.month);
        ZonedDateTime end = start(key.month.plusMonths(1));
        Outages.Period period = key.data.outages.in(start.toEpochSecond(), end.toEpochSecond(), openUntil);
        try {
            return BulkCase.of(key.id(), key.data.contract, new AvailabilityPeriod(start, end, period.outages()));
        } catch (InvalidInputException e) {
            return BulkCase.unreadable(key.id(), key.data.contract.id(), "availability", e);
        }
    }

    private static MonthlyReport.AvailabilityFigure figure(BulkResult result, Key key, long openUntil) {
        Outages.Period period = key.data.outages.in(start(key.month).toEpochSecond(),
                start(key.month.plusMonths(1)).toEpochSecond(), openUntil);
        int outages = period.outages().size();
        if (result.outcome() instanceof Rejection<?> r) {
            return new MonthlyReport.AvailabilityFigure(null, null, null, null, null, outages, period.open(),
                    r.message(), List.of());
        }
        Decision<AvailabilityPeriod> d = ((Decision<?>) result.outcome()).as(AvailabilityPeriod.class);
        return new MonthlyReport.AvailabilityFigure(d.get(AvailabilityFields.AVAILABILITY_PERCENT),
                d.get(AvailabilityFields.TARGET_PERCENT), d.get(AvailabilityFields.MET),
                d.get(AvailabilityFields.COUNTED_DOWNTIME_MINUTES), d.get(AvailabilityFields.EXCLUDED_DOWNTIME_MINUTES),
                outages, period.open(), null, d.citations());
    }

    /** The first moment of a month in the contracts' time zone (COMMON.TZ). */
    static ZonedDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ContractTime.ZONE);
    }
}

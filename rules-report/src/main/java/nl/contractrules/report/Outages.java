package nl.contractrules.report;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.contractrules.model.Cause;
import nl.contractrules.model.Outage;
import nl.contractrules.time.ContractTime;

/**
 * The outages of one contract's incidents, packed: 17 bytes each (start and end in epoch seconds, the cause and
 * whether all users were affected in a byte), so a year of incidents costs little memory. An open outage (no
 * {@code resolvedAt}) has no end until the report says where the reported months end.
 */
final class Outages {
    private static final long OPEN = Long.MAX_VALUE;
    private static final int ALL_USERS = 0x80;
    private static final Cause[] CAUSES = Cause.values();

    private long[] starts = new long[4];
    private long[] ends = new long[4];
    private byte[] kinds = new byte[4];
    private int size;

    void add(ZonedDateTime start, ZonedDateTime end, Cause cause, boolean allUsersAffected) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
        }
        starts[size] = start.toEpochSecond();
        ends[size] = end == null ? OPEN : end.toEpochSecond();
        kinds[size] = (byte) (cause.ordinal() | (allUsersAffected ? ALL_USERS : 0));
        size++;
    }

    int size() {
        return size;
    }

    /** The outages in the period [from, to) of epoch seconds, cut to it; an open one runs to {@code openUntil}. */
    Period in(long from, long to, long openUntil) {
        List<Outage> outages = new ArrayList<>();
        int open = 0;
        for (int i = 0; i < size; i++) {
            long end = ends[i] == OPEN ? openUntil : ends[i];
            long start = Math.max(starts[i], from);
            long cut = Math.min(end, to);
            if (start < cut || (start == cut && starts[i] >= from && starts[i] < to)) {
                outages.add(new Outage(time(start), time(cut), CAUSES[kinds[i] & ~ALL_USERS & 0xFF],
                        (kinds[i] & ALL_USERS) != 0));
                if (ends[i] == OPEN) {
                    open++;
                }
            }
        }
        return new Period(outages, open);
    }

    /** The outages of a period, and how many of them are open. */
    record Period(List<Outage> outages, int open) {
    }

    private static ZonedDateTime time(long epochSecond) {
        return ZonedDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ContractTime.ZONE);
    }
}

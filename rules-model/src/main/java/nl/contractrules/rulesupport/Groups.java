package nl.contractrules.rulesupport;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** Splitting a number of people or items into groups; the group sizes are the rule file's data. */
@API(status = INTERNAL, since = "0.1", consumers = "rule files")
public final class Groups {

    private Groups() {
    }

    /** {@code ceil(total / size)}, exact for every int: how many groups of at most {@code size} hold {@code total}. */
    public static int needed(int total, int size) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        if (size < 1) {
            throw new IllegalArgumentException("group size must be at least 1: " + size);
        }
        return total / size + (total % size == 0 ? 0 : 1);
    }

    /**
     * {@code total} split into {@code groups} sizes as equal as possible (they differ by at most one), largest
     * first: 7 into 2 → [4, 3]; 13 into 3 → [5, 4, 4].
     */
    public static List<Integer> balanced(int total, int groups) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        if (groups < 1) {
            throw new IllegalArgumentException("number of groups must be at least 1: " + groups);
        }
        List<Integer> sizes = new ArrayList<>(groups);
        for (int i = 0; i < groups; i++) {
            sizes.add(total / groups + (i < total % groups ? 1 : 0));
        }
        return List.copyOf(sizes);
    }

    /** The fewest groups of at most {@code maxSize} that hold {@code total}, balanced, largest first. */
    public static List<Integer> balancedOfAtMost(int total, int maxSize) {
        return balanced(total, Math.max(1, needed(total, maxSize)));
    }
}

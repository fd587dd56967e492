package nl.contractrules.api;

import java.util.Comparator;

/**
 * The order of rulebook IDs in a decision: by prefix, then family, then number numerically ({@code KPN.RT.1}
 * before {@code KPN.RT.3} before {@code KPN.SW.1}; {@code C1.DOC.3} before {@code C1.DOC.10}), for anyone who
 * lists IDs as a decision does.
 */
public final class RuleIds {
    /** Compares IDs part by part; parts that are both whole numbers compare numerically, others as text. */
    public static final Comparator<String> ORDER = RuleIds::compare;

    private RuleIds() {
    }

    private static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = comparePart(left[i], right[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int comparePart(String a, String b) {
        if (isNumber(a) && isNumber(b)) {
            int c = new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String part) {
        return !part.isEmpty() && part.chars().allMatch(Character::isDigit);
    }
}

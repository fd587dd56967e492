package nl.contractrules.model;

import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rulebook ID, such as {@code CS365.BC.3}: the name of one decidable rule of a contract, which every rule cites
 * and every decision lists.
 *
 * <p>IDs sort by prefix, then family, then number, numerically: {@code KPN.RT.1} before {@code KPN.RT.3} before
 * {@code KPN.SW.1}, {@code C1.DOC.3} before {@code C1.DOC.10}. Two IDs are equal when they are written alike.
 */
public final class RuleId implements Comparable<RuleId> {
    /** Parts of letters, digits, {@code _} or {@code -}, separated by dots. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*");

    private final String text;
    private final String[] parts;

    private RuleId(String text) {
        this.text = text;
        this.parts = text.split("\\.");
    }

    /**
     * The ID written as {@code text}: parts of letters, digits, {@code _} or {@code -}, separated by dots.
     *
     * @throws IllegalArgumentException when the text is not written so
     */
    public static RuleId of(String text) {
        Objects.requireNonNull(text, "text");
        if (!FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a rulebook ID: write it as parts of letters and "
                    + "digits separated by dots, such as KPN.RT.1");
        }
        return new RuleId(text);
    }

    /** Compares part by part; parts that are both whole numbers compare numerically, others as text. */
    @Override
    public int compareTo(RuleId other) {
        for (int i = 0; i < Math.min(parts.length, other.parts.length); i++) {
            int c = comparePart(parts[i], other.parts[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(parts.length, other.parts.length);
    }

    private static int comparePart(String a, String b) {
        if (isNumber(a) && isNumber(b)) {
            int c = new BigInteger(a).compareTo(new BigInteger(b));
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String part) {
        return part.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleId other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The ID as written, e.g. {@code KPN.RT.1}. */
    @Override
    public String toString() {
        return text;
    }
}

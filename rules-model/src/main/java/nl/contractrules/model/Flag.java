package nl.contractrules.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A flag a decision may carry, such as {@code TARGET_MISSED}: something the reader of the decision should know
 * beside its fields. A rule set declares the flags its rules raise (its {@code flags.properties}), so a rule cannot
 * raise, and a test cannot expect, a flag the rule set does not know.
 */
public final class Flag implements Comparable<Flag> {
    /** Upper-case letters, digits and underscores, starting with a letter; dots between parts. */
    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]*(?:\\.[A-Z0-9_]+)*");

    private final String name;

    private Flag(String name) {
        this.name = name;
    }

    /**
     * The flag of that name: upper-case letters, digits and underscores, starting with a letter, and dots between
     * such parts (a flag may name a rulebook ID: {@code TARGET_BY_MS.RT.3}).
     *
     * @throws IllegalArgumentException when the name is not written so
     */
    public static Flag of(String name) {
        Objects.requireNonNull(name, "name");
        if (!FORM.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a flag name: write it in upper-case letters, "
                    + "digits and underscores, such as TARGET_MISSED");
        }
        return new Flag(name);
    }

    /** Whether the text is written as a flag name. */
    public static boolean isName(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    public String name() {
        return name;
    }

    @Override
    public int compareTo(Flag other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Flag other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}

package nl.contractrules.model;

import java.util.Objects;

/**
 * Where a rulebook rule comes from: its ID, the seed document's file name and the section in it.
 *
 * @param id      the rulebook ID
 * @param seed    the file name of the contract document the rule is read from
 * @param section the section of that document
 */
public record Citation(RuleId id, String seed, String section) {
    public Citation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(section, "section");
    }
}

package nl.contractrules.api;

/** Where a rulebook rule comes from: its ID, the seed document's file name and the section in it. */
public record Citation(String id, String seed, String section) {
}

package nl.contractrules.model;

/**
 * A document of a contract and its precedence level: the lower level prevails in a conflict. Contract data, given
 * by a regime's rule files.
 */
public record DocumentLevel(String document, int level) {
    public DocumentLevel {
        Check.notBlank(document, "document");
    }
}

package nl.contractrules.model;

/**
 * A contract's word that one document prevails over another in a conflict, whatever their levels (KPN.DOC.2: the
 * SLAs of KPN's service descriptions prevail over the Randvoorwaarden). Contract data, given by a regime's rules.
 */
public record Prevails(String document, String over) {
    public Prevails {
        Check.notBlank(document, "document");
        Check.notBlank(over, "over");
    }
}

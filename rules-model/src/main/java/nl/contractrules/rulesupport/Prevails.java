package nl.contractrules.rulesupport;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A contract's word that one document prevails over another in a conflict, whatever their levels (KPN.DOC.2: the
 * SLAs of KPN's service descriptions prevail over the Randvoorwaarden). Contract data, given by a regime's rules.
 */
@API(status = INTERNAL, since = "0.1", consumers = "rule files")
public record Prevails(String document, String over) {
    public Prevails {
        if (document == null || document.isBlank() || over == null || over.isBlank()) {
            throw new IllegalArgumentException("a document prevails over another: both are named ('" + document
                    + "' over '" + over + "')");
        }
    }
}

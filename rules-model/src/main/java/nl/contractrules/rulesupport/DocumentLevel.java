package nl.contractrules.rulesupport;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A document of a contract and its precedence level: the lower level prevails in a conflict. Contract data, given
 * by a regime's rule files (a row of its document-levels table).
 */
@API(status = INTERNAL, since = "0.1", consumers = "rule files")
public record DocumentLevel(String document, int level) {
    public DocumentLevel {
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("a document level names its document: '" + document + "'");
        }
    }
}

package nl.contractrules.rulesupport;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.contractrules.model.InvalidInputException;
import org.apiguardian.api.API;

/**
 * Orders conflicting documents by their precedence level (1 prevails). The levels are contract data, given by
 * the rule file; this only sorts. Documents of one level keep their input order.
 *
 * @param order      the documents, prevailing first
 * @param prevailing the first document, or null when the first two share a level
 */
@API(status = INTERNAL, since = "0.1", consumers = "rule files")
public record Precedence(List<String> order, String prevailing) {

    /**
     * @throws InvalidInputException naming {@code documents} when a document has no level in {@code levels}
     */
    public static Precedence of(List<String> documents, Map<String, Integer> levels) {
        for (String document : documents) {
            if (!levels.containsKey(document)) {
                throw new InvalidInputException("documents", document,
                        "is not a document of this contract; documents: " + levels.keySet().stream().sorted().toList());
            }
        }
        List<String> order = documents.stream().sorted(Comparator.comparing(levels::get)).toList();
        boolean tie = levels.get(order.get(0)).equals(levels.get(order.get(1)));
        return new Precedence(order, tie ? null : order.get(0));
    }

    public boolean tie() {
        return prevailing == null;
    }
}

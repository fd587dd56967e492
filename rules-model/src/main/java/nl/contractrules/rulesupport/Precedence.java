package nl.contractrules.rulesupport;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.contractrules.model.InvalidInputException;
import org.apiguardian.api.API;

/**
 * Orders conflicting documents by their precedence level (the lower prevails) and by a contract's word that one
 * document prevails over another ({@link Prevails}), which turns that pair only. The levels and words are contract
 * data, given by the rule files; this only sorts.
 *
 * <p>A document prevails over another when the contract says so, or when its level is lower and the contract does
 * not say the other prevails. The order puts first, at each step, a document no remaining one prevails over: of
 * those the lowest level, and of one level the first in the input (documents of one level keep their input order).
 * A document prevails in the conflict when it prevails over every other one.
 *
 * @param order      the documents, prevailing first
 * @param prevailing the document that prevails over every other, or null when none does
 */
@API(status = INTERNAL, since = "0.1", consumers = "rule files")
public record Precedence(List<String> order, String prevailing) {

    /**
     * @throws InvalidInputException naming {@code documents} when a document has no level in {@code levels}
     */
    public static Precedence of(List<String> documents, Map<String, Integer> levels) {
        return of(documents, levels.entrySet().stream().map(e -> new DocumentLevel(e.getKey(), e.getValue()))
                .toList(), List.of());
    }

    /**
     * @throws InvalidInputException naming {@code documents} when a document has no level in {@code levels}
     */
    public static Precedence of(List<String> documents, Collection<DocumentLevel> levels,
            Collection<Prevails> prevails) {
        for (String document : documents) {
            if (level(document, levels) == null) {
                throw new InvalidInputException("documents", document, "is not a document of this contract; "
                        + "documents: " + levels.stream().map(DocumentLevel::document).distinct().sorted().toList());
            }
        }
        List<String> remaining = new ArrayList<>(documents);
        List<String> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String next = null;
            for (String candidate : remaining) {
                boolean free = remaining.stream().noneMatch(other -> prevails(other, candidate, levels, prevails));
                if (free && (next == null || level(candidate, levels) < level(next, levels))) {
                    next = candidate;
                }
            }
            // Only a circle of words leaves every document below another: then the levels alone decide.
            if (next == null) {
                next = remaining.stream().min((a, b) -> level(a, levels) - level(b, levels)).orElseThrow();
            }
            order.add(next);
            remaining.remove(next);
        }
        String first = order.get(0);
        boolean prevailsOverAll = order.stream().skip(1).allMatch(other -> prevails(first, other, levels, prevails));
        return new Precedence(List.copyOf(order), prevailsOverAll ? first : null);
    }

    /** Whether no document prevails: two or more documents share the first place. */
    public boolean tie() {
        return prevailing == null;
    }

    private static boolean prevails(String a, String b, Collection<DocumentLevel> levels,
            Collection<Prevails> prevails) {
        if (a.equals(b)) {
            return false;
        }
        if (prevails.contains(new Prevails(a, b))) {
            return true;
        }
        return level(a, levels) < level(b, levels) && !prevails.contains(new Prevails(b, a));
    }

    private static Integer level(String document, Collection<DocumentLevel> levels) {
        return levels.stream().filter(l -> Objects.equals(l.document(), document)).map(DocumentLevel::level)
                .findFirst().orElse(null);
    }
}

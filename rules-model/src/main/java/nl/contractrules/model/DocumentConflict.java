package nl.contractrules.model;

import java.util.List;

/** Two or more contract documents that say different things; which prevails? */
public record DocumentConflict(List<String> documents, Topic topic, String module) implements CaseInput {
    public DocumentConflict {
        documents = List.copyOf(Check.entries(
                Check.atLeastSize(Check.required(documents, "documents"), 2, "documents"), "documents"));
        topic = Check.orDefault(topic, Topic.GENERAL);
    }

    /**
     * A conflict between these documents (at least two, by the regime's document IDs) on the general topic; add the
     * rest with the {@code with…} methods: {@code DocumentConflict.of(List.of(a, b)).withTopic(Topic.SLA)}.
     */
    public static DocumentConflict of(List<String> documents) {
        return new DocumentConflict(documents, null, null);
    }

    /** This conflict on another topic. */
    public DocumentConflict withTopic(Topic topic) {
        return new DocumentConflict(documents, topic, module);
    }

    /** This conflict about a named module. */
    public DocumentConflict withModule(String module) {
        return new DocumentConflict(documents, topic, module);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.CONFLICT;
    }
}

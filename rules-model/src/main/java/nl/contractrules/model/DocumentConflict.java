package nl.contractrules.model;

import java.util.List;

/** Two or more contract documents that say different things; which prevails? */
public record DocumentConflict(List<String> documents, Topic topic, String module) implements CaseInput {
    public DocumentConflict {
        documents = List.copyOf(Check.entries(
                Check.atLeastSize(Check.required(documents, "documents"), 2, "documents"), "documents"));
        topic = Check.orDefault(topic, Topic.GENERAL);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.CONFLICT;
    }
}

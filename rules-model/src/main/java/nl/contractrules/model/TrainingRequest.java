package nl.contractrules.model;

/** Participants to be trained in one module (1–4). */
public record TrainingRequest(Integer participants, Integer module) implements CaseInput {
    public TrainingRequest {
        Check.between(Check.required(participants, "participants"), 1, Limits.MAX_PARTICIPANTS, "participants");
        module = Check.between(Check.orDefault(module, 1), 1, 4, "module");
    }

    @Override
    public CaseKind kind() {
        return CaseKind.TRAINING;
    }
}

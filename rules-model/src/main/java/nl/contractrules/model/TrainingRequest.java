package nl.contractrules.model;

/** Participants to be trained in one module (1–4). */
public record TrainingRequest(Integer participants, Integer module) implements CaseInput {
    public TrainingRequest {
        Check.between(Check.required(participants, "participants"), 1, Limits.MAX_PARTICIPANTS, "participants");
        module = Check.between(Check.orDefault(module, 1), 1, 4, "module");
    }

    /** That many participants in module 1; another module with {@link #withModule(Integer)}. */
    public static TrainingRequest of(Integer participants) {
        return new TrainingRequest(participants, null);
    }

    /** This request for another module (1–4). */
    public TrainingRequest withModule(Integer module) {
        return new TrainingRequest(participants, module);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.TRAINING;
    }
}

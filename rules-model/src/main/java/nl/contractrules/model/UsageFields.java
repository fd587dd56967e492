package nl.contractrules.model;

import java.util.List;

/** The decision fields of a usage case ({@link CaseKind#USAGE}), in output order. */
public final class UsageFields {
    public static final Field<UsageCase, UsageStatus> STATUS = Field.of("status", UsageStatus.class);

    static final List<Field<?, ?>> ALL = List.of(STATUS);

    private UsageFields() {
    }
}

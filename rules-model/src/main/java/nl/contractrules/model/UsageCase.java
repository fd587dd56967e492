package nl.contractrules.model;

import java.math.BigDecimal;

/** A period's costs for service and international numbers against the customer's limits. */
public record UsageCase(BigDecimal costs, BigDecimal warningLimit, BigDecimal blockingLimit) implements CaseInput {
    public UsageCase {
        Check.amount(Check.required(costs, "costs"), "costs");
        Check.amount(Check.required(warningLimit, "warningLimit"), "warningLimit");
        Check.amount(Check.required(blockingLimit, "blockingLimit"), "blockingLimit");
        if (blockingLimit.compareTo(warningLimit) < 0) {
            throw new InvalidInputException("blockingLimit", blockingLimit, "must not be below warningLimit " + warningLimit);
        }
    }

    /** The period's costs against both limits: all three inputs are required. */
    public static UsageCase of(BigDecimal costs, BigDecimal warningLimit, BigDecimal blockingLimit) {
        return new UsageCase(costs, warningLimit, blockingLimit);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.USAGE;
    }
}

package nl.contractrules.model;

import java.time.LocalDate;

/** A request to lower the number of licenses or subscriptions of a product. */
public record DowngradeRequest(DowngradeProduct product, Integer countAtStart, Integer requestedCount,
                               LocalDate requestedOn) implements CaseInput {
    public DowngradeRequest {
        Check.required(product, "product");
        Check.notNegative(Check.required(countAtStart, "countAtStart"), "countAtStart");
        Check.notNegative(Check.required(requestedCount, "requestedCount"), "requestedCount");
    }

    @Override
    public CaseKind kind() {
        return CaseKind.DOWNGRADE;
    }
}

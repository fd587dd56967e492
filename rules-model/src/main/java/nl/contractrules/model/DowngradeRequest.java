package nl.contractrules.model;

import java.time.LocalDate;

/** A request to lower the number of licenses or subscriptions of a product. */
public record DowngradeRequest(DowngradeProduct product, Integer countAtStart, Integer requestedCount,
                               LocalDate requestedOn) implements CaseInput {
    public DowngradeRequest {
        Check.required(product, "product");
        Check.between(Check.required(countAtStart, "countAtStart"), 1, Limits.MAX_COUNT, "countAtStart");
        Check.between(Check.required(requestedCount, "requestedCount"), 0, Limits.MAX_COUNT, "requestedCount");
        Check.date(requestedOn, "requestedOn");
    }

    /** A downgrade of a product from one count to another; the date with {@link #withRequestedOn(LocalDate)}. */
    public static DowngradeRequest of(DowngradeProduct product, Integer countAtStart, Integer requestedCount) {
        return new DowngradeRequest(product, countAtStart, requestedCount, null);
    }

    /** This request made on that date. */
    public DowngradeRequest withRequestedOn(LocalDate requestedOn) {
        return new DowngradeRequest(product, countAtStart, requestedCount, requestedOn);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.DOWNGRADE;
    }
}

package nl.contractrules.model;

import java.util.Locale;

/** A country (ISO 3166 alpha-2) where services are delivered. */
public record DeliveryLocation(String country) implements CaseInput {
    public DeliveryLocation {
        country = Check.notBlank(country, "country").trim().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw new InvalidInputException("country", country, "must be an ISO 3166 alpha-2 code");
        }
    }

    @Override
    public CaseKind kind() {
        return CaseKind.LOCATION;
    }
}

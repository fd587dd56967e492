package nl.contractrules.model;

import java.util.Locale;
import java.util.Set;

/** A country (ISO 3166 alpha-2) where services are delivered. */
public record DeliveryLocation(String country) implements CaseInput {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public DeliveryLocation {
        country = Check.notBlank(country, "country").trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new InvalidInputException("country", country, "must be an assigned ISO 3166 alpha-2 code, such as NL");
        }
    }

    /** Services delivered in that country (an ISO 3166 alpha-2 code, such as {@code NL}). */
    public static DeliveryLocation of(String country) {
        return new DeliveryLocation(country);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.LOCATION;
    }
}

package nl.contractrules.rulesupport;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import nl.contractrules.model.CallCategory;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Classifies a dialled number (digits, optionally after a leading +) as a {@link CallCategory}, the category of a
 * call decision. Which prefixes are service numbers is the rule file's data.
 */
@API(status = INTERNAL, since = "0.1", consumers = "rule files")
public final class DialledNumbers {
    /** The Netherlands' country code, as dialled with + or 00. */
    private static final String NL = "31";

    private DialledNumbers() {
    }

    /** A Dutch number dialled in international form (+31…, 0031…) in its national form (0…); others unchanged. */
    public static String nationalForm(String number) {
        Objects.requireNonNull(number, "number");
        if (number.startsWith("+" + NL)) {
            return "0" + number.substring(1 + NL.length());
        }
        if (number.startsWith("00" + NL)) {
            return "0" + number.substring(2 + NL.length());
        }
        return number;
    }

    /** Whether the number is dialled abroad: {@code 00…} or {@code +…}, other than the Netherlands. */
    public static boolean international(String number) {
        String national = nationalForm(number);
        return national.startsWith("+") || national.startsWith("00");
    }

    /** INTERNATIONAL, SERVICE_NUMBER (national form starts with one of the prefixes) or NATIONAL. */
    public static CallCategory category(String number, Collection<String> servicePrefixes) {
        if (international(number)) {
            return CallCategory.INTERNATIONAL;
        }
        String national = nationalForm(number);
        for (String prefix : servicePrefixes) {
            if (national.startsWith(prefix)) {
                return CallCategory.SERVICE_NUMBER;
            }
        }
        return CallCategory.NATIONAL;
    }
}

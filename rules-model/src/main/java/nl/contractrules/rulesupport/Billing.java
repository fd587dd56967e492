package nl.contractrules.rulesupport;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** Billing a piece of work (COMMON.WORK); the deduction and minimum are the rule file's data. */
@API(status = INTERNAL, since = "0.1", consumers = "rule files")
public final class Billing {

    private Billing() {
    }

    /** {@code max(minimum, max(0, actual − deducted))}: the minutes billed after a deduction, at least a minimum. */
    public static int billableMinutes(int actual, int deducted, int minimum) {
        if (actual < 0 || deducted < 0 || minimum < 0) {
            throw new IllegalArgumentException("minutes must not be negative: actual " + actual + ", deducted "
                    + deducted + ", minimum " + minimum);
        }
        return Math.max(minimum, Math.max(0, actual - deducted));
    }

}

package nl.contractrules.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.contractrules.model.RuleProblem;

/**
 * How a reload judges new rules before it puts them in use: whether they may drop a regime folder, a decision table
 * or a calendar that the rules in use have (by default they may not), and an acceptance check they must pass (by
 * default none).
 *
 * <pre>{@code
 * rules.reload(dir, ReloadOptions.defaults().acceptance(candidate -> problemsOf(candidate)));
 * rules.reload(dir, ReloadOptions.defaults().allowDropping());   // a regime is retired on purpose
 * }</pre>
 */
public final class ReloadOptions {
    private static final ReloadOptions DEFAULTS = new ReloadOptions(false, candidate -> List.of());

    private final boolean allowDropping;
    private final Function<ContractRules, List<RuleProblem>> acceptance;

    private ReloadOptions(boolean allowDropping, Function<ContractRules, List<RuleProblem>> acceptance) {
        this.allowDropping = allowDropping;
        this.acceptance = acceptance;
    }

    /** Nothing may be dropped, and there is no acceptance check. */
    public static ReloadOptions defaults() {
        return DEFAULTS;
    }

    /** The same options, letting the new rules drop regime folders, decision tables and calendars. */
    public ReloadOptions allowDropping() {
        return new ReloadOptions(true, acceptance);
    }

    /**
     * The same options with an acceptance check: a function of the new rules (with the clock, firing bound and time
     * limit of the rules in use) that returns their problems; the reload refuses them when it returns any, or throws.
     */
    public ReloadOptions acceptance(Function<ContractRules, List<RuleProblem>> check) {
        return new ReloadOptions(allowDropping, Objects.requireNonNull(check, "check"));
    }

    boolean allowsDropping() {
        return allowDropping;
    }

    /** The acceptance check's problems with the candidate; a check that throws is a problem too. */
    List<RuleProblem> check(ContractRules candidate) {
        try {
            return List.copyOf(acceptance.apply(candidate));
        } catch (RuntimeException e) {
            return List.of(new RuleProblem("", 0, "the acceptance check failed: "
                    + (e.getMessage() == null ? e.toString() : e.getMessage())));
        }
    }
}

package nl.contractrules.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A customer's contract: the regime and tier whose rules decide its cases, plus the data some rules need
 * (start, term and fee for terminations and buyouts). Validated on construction.
 *
 * @param tier       required when the regime has tiers, absent otherwise
 * @param start      needed only by rules that use it; see {@link #requireStart()}
 * @param termMonths contract term in months, when the contract states one
 * @param monthlyFee monthly fee, when the contract states one
 */
public record Contract(String id, Regime regime, Tier tier, LocalDate start, Integer termMonths,
                       BigDecimal monthlyFee, Set<ContractOption> options) {

    public Contract {
        id = Check.orDefault(id, "");
        Check.required(regime, "contract.regime");
        if (regime.tiers().isEmpty() && tier != null) {
            throw new InvalidInputException("contract.tier", tier, regime + " has no tiers");
        }
        if (!regime.tiers().isEmpty()) {
            Check.required(tier, "contract.tier");
            if (!regime.tiers().contains(tier)) {
                throw new InvalidInputException("contract.tier", tier,
                        "is not a tier of " + regime + " (tiers: " + regime.tiers() + ")");
            }
        }
        Check.date(start, "contract.start");
        Check.between(termMonths, 1, Limits.MAX_TERM_MONTHS, "contract.termMonths");
        Check.amount(monthlyFee, "contract.monthlyFee");
        if (options != null && options.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("contract.options", null, "must not contain null");
        }
        options = options == null || options.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(options));
        for (ContractOption option : options) {
            if (!regime.options().contains(option)) {
                throw new InvalidInputException("contract.options", option, "is not an option of " + regime);
            }
        }
    }

    /**
     * A contract of a regime and its tier (for a regime without tiers, {@link #of(Regime)}) with the given options
     * and nothing else; add the rest with the {@code with…} methods:
     * {@code Contract.of(CONNECT_SECURE_365, BASIS).withStart(start).withTermMonths(36)}.
     */
    public static Contract of(Regime regime, Tier tier, ContractOption... options) {
        return new Contract("", regime, tier, null, null, null, Set.of(options));
    }

    /**
     * A contract of a regime without tiers, and nothing else; add the rest with the {@code with…} methods:
     * {@code Contract.of(CONNECT_1).withOptions(CONNECT_SECURE_VOIP).withStart(start)}.
     */
    public static Contract of(Regime regime) {
        return new Contract("", regime, null, null, null, null, Set.of());
    }

    /** This contract with these options instead of its own; each must be an option of the regime. */
    public Contract withOptions(ContractOption... options) {
        return new Contract(id, regime, tier, start, termMonths, monthlyFee, new HashSet<>(Arrays.asList(options)));
    }

    /** This contract with another identifier. */
    public Contract withId(String id) {
        return new Contract(id, regime, tier, start, termMonths, monthlyFee, options);
    }

    /** This contract with another start date. */
    public Contract withStart(LocalDate start) {
        return new Contract(id, regime, tier, start, termMonths, monthlyFee, options);
    }

    /** This contract with another term in months (at least 1). */
    public Contract withTermMonths(Integer termMonths) {
        return new Contract(id, regime, tier, start, termMonths, monthlyFee, options);
    }

    /** This contract with another monthly fee (not negative). */
    public Contract withMonthlyFee(BigDecimal monthlyFee) {
        return new Contract(id, regime, tier, start, termMonths, monthlyFee, options);
    }

    public boolean hasOption(ContractOption option) {
        return options.contains(option);
    }

    /** The start date, for a rule that needs it: a missing one is bad input naming {@code contract.start}. */
    public LocalDate requireStart() {
        return Check.required(start, "contract.start");
    }

    public int requireTermMonths() {
        return Check.required(termMonths, "contract.termMonths");
    }
}

package nl.contractrules.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Rules an application can reload while it serves decisions. A reload compiles the new files first and
 * installs them only when they have no problem; a rule set that fails to compile never replaces the working
 * one, and the reload returns its problems. The rules in use keep their clock and firing bound.
 *
 * <p>Take {@link #current()} once per unit of work and evaluate on that: it is an immutable
 * {@link ContractRules}, so an evaluation that started before a reload finishes on the rules it started with.
 * Evaluations never wait for a reload; reloads run one at a time, so the last one to finish is the one in use.
 *
 * <pre>{@code
 * ReloadableContractRules rules = new ReloadableContractRules(ContractRules.load(dir));
 * Decision d = rules.current().decide(contract, input);      // serving threads
 * Validation v = rules.reload(dir);                           // after an edit; if !v.ok(), nothing changed
 * }</pre>
 */
public final class ReloadableContractRules {
    private volatile ContractRules current;

    public ReloadableContractRules(ContractRules initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    /** The rules in use. */
    public ContractRules current() {
        return current;
    }

    /** Compiles the rule files in a directory and, when they have no problem, puts them in use. */
    public synchronized Validation reload(Path directory) {
        List<RuleFile> files;
        try {
            files = ContractRules.read(directory);
        } catch (RuleLoadException e) {
            return new Validation(e.problems(), 0);
        }
        return reload(files);
    }

    /** Compiles the rule files and, when they have no problem, puts them in use. */
    public synchronized Validation reload(List<RuleFile> files) {
        CompiledRules.Build build = CompiledRules.build(files);
        if (build.validation().ok()) {
            current = current.withRules(build.rules());
        }
        return build.validation();
    }
}

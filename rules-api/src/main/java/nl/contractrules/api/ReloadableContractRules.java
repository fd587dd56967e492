package nl.contractrules.api;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rules an application can reload while it serves decisions. A reload compiles the new files first and puts them
 * in use only when they have no problem, keep every regime folder, decision table and calendar of the rules in use
 * (a half-copied directory would otherwise silently reject every case of a regime), and pass the acceptance check
 * of its {@link ReloadOptions}, if any; otherwise the working rules stay, and the reload returns the problems. The
 * rules in use keep their clock, firing bound and time limit. Each reload logs one line on the logger
 * {@value #LOG_NAME}: at INFO what it put in use, or at WARN that it refused the new rules, naming the first
 * problem (the {@link Validation} it returns has them all).
 *
 * <p>Take {@link #current()} once per unit of work and evaluate on that: it is an immutable
 * {@link ContractRules}, so an evaluation that started before a reload finishes on the rules it started with.
 * Evaluations never wait for a reload; reloads run one at a time, so the last one to finish is the one in use.
 *
 * <pre>{@code
 * ReloadableContractRules rules = new ReloadableContractRules(ContractRules.load(dir));
 * Decision<Incident> d = rules.current().decide(contract, incident);   // serving threads
 * Validation v = rules.reload(dir);                                    // after an edit; if !v.ok(), nothing changed
 * }</pre>
 */
public final class ReloadableContractRules {
    /** The logger of reloads. */
    public static final String LOG_NAME = "nl.contractrules.reload";
    private static final Logger LOG = LoggerFactory.getLogger(LOG_NAME);

    private volatile ContractRules current;

    public ReloadableContractRules(ContractRules initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    /** The rules in use. */
    public ContractRules current() {
        return current;
    }

    /** Reloads the rule files in a directory with the {@link ReloadOptions#defaults() default options}. */
    public Validation reload(Path directory) {
        return reload(directory, ReloadOptions.defaults());
    }

    /** Compiles the rule files in a directory and puts them in use when the options accept them. */
    public synchronized Validation reload(Path directory, ReloadOptions options) {
        Objects.requireNonNull(options, "options");
        List<RuleFile> files;
        try {
            files = RuleFile.directory(directory);
        } catch (UncheckedIOException e) {
            return refused(directory.toString(), new Validation(List.of(new RuleProblem("", 0, e.getMessage())), 0));
        }
        return install(files, options, directory.toString());
    }

    /** Reloads the rule files with the {@link ReloadOptions#defaults() default options}. */
    public Validation reload(List<RuleFile> files) {
        return reload(files, ReloadOptions.defaults());
    }

    /** Compiles the rule files and puts them in use when the options accept them. */
    public synchronized Validation reload(List<RuleFile> files, ReloadOptions options) {
        return install(files, Objects.requireNonNull(options, "options"), files.size() + " rule files");
    }

    private Validation install(List<RuleFile> files, ReloadOptions options, String from) {
        ContractRules.Successor next = current.successor(files);
        if (!next.validation().ok()) {
            return refused(from, next.validation());
        }
        List<RuleProblem> problems = new ArrayList<>();
        if (!options.allowsDropping()) {
            problems.addAll(next.dropped());
        }
        if (problems.isEmpty()) {
            problems.addAll(options.check(next.rules()));
        }
        if (!problems.isEmpty()) {
            return refused(from, new Validation(problems, next.validation().ruleCount()));
        }
        current = next.rules();
        LOG.info("reload from {}: {} rules put in use", from, next.rules().ruleCount());
        return next.validation();
    }

    private static Validation refused(String from, Validation validation) {
        LOG.warn("reload from {} refused, the rules in use stay: {} problem(s), the first {}", from,
                validation.problems().size(), validation.problems().get(0));
        return validation;
    }
}

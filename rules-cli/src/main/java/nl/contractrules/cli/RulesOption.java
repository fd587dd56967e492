package nl.contractrules.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.ScenarioRunner;
import nl.contractrules.api.RuleLoadException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --rules DIR} and {@code --timeout TIME}, on every command that decides: use the rule files in DIR instead of
 * the bundled ones, and give up on an evaluation that takes longer than TIME.
 */
final class RulesOption {
    /** The default time limit on one evaluation (docs/limits.md). */
    static final String DEFAULT_TIMEOUT = "10s";
    private static final Pattern TIME = Pattern.compile("(\\d{1,9})(ms|s|m)?");

    @Option(names = "--rules", paramLabel = "DIR", description = "Use the rule files in DIR instead of the bundled ones.")
    Path directory;
    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = DEFAULT_TIMEOUT, converter = TimeConverter.class,
            description = "Reject a case whose rules run longer than TIME (e.g. 500ms, 10s, 2m; 0 for no limit; "
                    + "default ${DEFAULT-VALUE}).")
    Duration timeout;

    /** A time as {@code 500ms}, {@code 10s} or {@code 2m}; a bare number is seconds. */
    static final class TimeConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Matcher m = TIME.matcher(value.strip());
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a time such as 500ms, 10s or 2m");
            }
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
    }

    /** The rules to use, or empty after printing every problem of a rule directory that does not compile. */
    Optional<ContractRules> load(PrintWriter err) {
        if (directory != null && !Files.isDirectory(directory)) {
            err.println(Printable.of("--rules needs a directory of rule files (as written by export-rules); "
                    + directory + (Files.exists(directory) ? " is not a directory" : " does not exist")));
            return Optional.empty();
        }
        try {
            ContractRules rules = directory == null ? ContractRules.bundled() : ContractRules.load(directory);
            return Optional.of(timeout.isZero() ? rules : rules.withTimeout(timeout));
        } catch (RuleLoadException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }

    /** A scenario runner on the rules to use, or empty after printing why the rules cannot be used. */
    Optional<ScenarioRunner> runner(PrintWriter err) {
        return load(err).map(ScenarioRunner::new);
    }
}

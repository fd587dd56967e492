package nl.contractrules.json.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.RuleLoadException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of every command that decides ({@code --rules DIR}, {@code --timeout TIME}), as a picocli mixin: use
 * the rule files in DIR instead of the bundled ones, and give up on an evaluation that takes longer than TIME.
 *
 * <p>The time limit is on by default, at {@value #DEFAULT_TIMEOUT}, on the command line and on Spark alike: rules an
 * analyst edits may compute without end, and a case that does would otherwise hold its thread (on Spark, its task)
 * for good; with the limit it is one error line and the other cases are decided. Ten seconds is a thousand times
 * what a case of the bundled rules takes on a busy machine, so no sound case comes near it.
 */
public final class RuleSetOptions {
    /** The default time limit on one evaluation (docs/limits.md). */
    public static final String DEFAULT_TIMEOUT = "10s";
    private static final Pattern TIME = Pattern.compile("(\\d{1,9})(ms|s|m)?");

    @Option(names = "--rules", paramLabel = "DIR", description = "Use the rule files in DIR instead of the bundled ones.")
    Path directory;
    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = DEFAULT_TIMEOUT, converter = TimeConverter.class,
            description = "Reject a case whose rules run longer than TIME (e.g. 500ms, 10s, 2m; 0 for no limit; "
                    + "default ${DEFAULT-VALUE}).")
    Duration timeout = Duration.ofSeconds(10);

    /** A time as {@code 500ms}, {@code 10s} or {@code 2m}; a bare number is seconds. */
    public static final class TimeConverter implements ITypeConverter<Duration> {
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

    /** The directory of rule files to use; empty for the bundled rules. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** The time limit on one evaluation; zero for none. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Why {@code --rules} cannot be used, in a sentence: DIR does not exist or is not a directory; empty when it can
     * (or is not given).
     */
    public Optional<String> directoryProblem() {
        if (directory == null || Files.isDirectory(directory)) {
            return Optional.empty();
        }
        return Optional.of("--rules needs a directory of rule files (as written by export-rules); " + directory
                + (Files.exists(directory) ? " is not a directory" : " does not exist"));
    }

    /**
     * The rules to use, with the time limit; throws {@link RuleLoadException} listing every problem of rule files
     * that do not compile (check {@link #directoryProblem()} first).
     */
    public ContractRules rules() {
        return limited(directory == null ? ContractRules.bundled() : ContractRules.load(directory));
    }

    /** The rules with the time limit, if there is one. */
    public ContractRules limited(ContractRules rules) {
        return timeout.isZero() ? rules : rules.withTimeout(timeout);
    }
}

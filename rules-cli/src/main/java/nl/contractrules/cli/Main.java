package nl.contractrules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar contract-rules.jar COMMAND …} ({@code docs/scenarios.md}). */
@Command(name = "contract-rules", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Decides cases under Dutch IT-service contracts from rule files.",
        subcommands = {EvaluateCommand.class, CheckCommand.class, DecideCommand.class, ReportCommand.class,
                ValidateCommand.class, ExportRulesCommand.class, TermsCommand.class})
public final class Main implements Callable<Integer> {
    /**
     * Exit code for input that cannot be read or parsed (a scenario file, a rule directory, a directory without
     * scenario files) and for a command line without a command.
     */
    static final int UNREADABLE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given output streams and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory());
    }

    /** Runs a command line whose commands {@code factory} makes (a test's, to give a command what it uses). */
    static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        logDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // Drools' own logging stays quiet: the KIE builder logs every compile error (thousands of lines for a
        // broken rule set) that the commands print as file:line: message, the DRL parser warns on each rule file
        // using the deprecated agenda-group keyword, and the container announces each rule base it builds.
        logDefault("org.slf4j.simpleLogger.log.org.drools", "off");
        logDefault("org.slf4j.simpleLogger.log.org.kie", "off");
        // Apache POI (spreadsheet decision tables) logs through Log4j, which has no backend here.
        logDefault("log4j2.statusLoggerLevel", "OFF");
        return new CommandLine(new Main(), factory).setOut(out).setErr(err).execute(args);
    }

    /** A logging setting, unless the user gave it with -D. */
    private static void logDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** Without a command: the usage, on the error stream, and exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("a command is needed: evaluate, check, decide, report, validate, "
                + "export-rules or terms");
        spec.commandLine().usage(spec.commandLine().getErr());
        return UNREADABLE;
    }

    /** The version the build wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"contract-rules " + properties.getProperty("version")};
        }
    }
}

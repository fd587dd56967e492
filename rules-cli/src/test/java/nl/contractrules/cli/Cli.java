package nl.contractrules.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

/** The command line run in this JVM for a test: its exit code and what it printed on each stream. */
record Cli(int exit, String out, String err) {

    /** Runs the command line with the arguments (each as its {@code String.valueOf}). */
    static Cli run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int exit = Main.run(strings, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(exit, out.toString(), err.toString());
    }
}

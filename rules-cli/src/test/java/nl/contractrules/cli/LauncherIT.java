package nl.contractrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's way of running the command line, {@code bin/contract-rules}: it finds the jar and the class-data
 * sharing archive the build made, passes the arguments on, and returns the command's exit code.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("../bin/contract-rules");

    private static ContractRulesJarIT.Run launch(String... args) throws Exception {
        return launchWith("", args);
    }

    /** Runs the launcher with {@code CONTRACT_RULES_JAVA_OPTS} set to the given JVM options. */
    private static ContractRulesJarIT.Run launchWith(String javaOptions, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = LAUNCHER.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("CONTRACT_RULES_JAVA_OPTS", javaOptions);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new ContractRulesJarIT.Run(process.exitValue(), out);
    }

    @Test
    void theBuildMadeClassDataSharingArchivesForTheLauncher() {
        assertThat(Path.of("target/contract-rules-base.jsa")).isRegularFile();
        assertThat(Path.of("target/contract-rules.jsa")).isRegularFile();
    }

    @Test
    void theLauncherCanUseTheArchives() throws Exception {
        // -Xshare:on makes the JVM refuse to start rather than run without an archive it was given
        ContractRulesJarIT.Run run = launchWith("-Xshare:on", "check", "../examples");

        assertThat(run.out()).containsPattern("(?m)^[1-9][0-9]* passed, 0 failed$");
        assertThat(run.exit()).as(run.out()).isZero();
    }

    @Test
    void checksTheExamples() throws Exception {
        ContractRulesJarIT.Run run = launch("check", "../examples");

        assertThat(run.out()).containsPattern("(?m)^[1-9][0-9]* passed, 0 failed$");
        assertThat(run.exit()).as(run.out()).isZero();
    }

    @Test
    void passesTheExitCodeOn() throws Exception {
        ContractRulesJarIT.Run run = launch("check", "no-such-file.json");

        assertThat(run.exit()).as(run.out()).isEqualTo(2);
    }

    @Test
    void printsTheVersionAndNothingElse() throws Exception {
        ContractRulesJarIT.Run run = launch("--version");

        assertThat(run.out().strip()).isEqualTo("contract-rules " + System.getProperty("contract-rules.version"));
        assertThat(run.exit()).isZero();
    }
}

package nl.contractrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code --version} prints the version the build gives the project, not one written in the code. */
class VersionTest {

    @Test
    void versionIsTheProjectsVersion() {
        StringWriter out = new StringWriter();

        int exit = Main.run(new String[] {"--version"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter()));

        assertThat(exit).isZero();
        assertThat(System.getProperty("contract-rules.version")).isNotBlank();
        assertThat(out.toString())
                .isEqualToIgnoringNewLines("contract-rules " + System.getProperty("contract-rules.version"));
    }
}

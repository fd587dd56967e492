package nl.contractrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --format text} shows, under an incident with a deadline, whether each target was met. */
class TextTableTargetsTest {

    private static List<String> evaluateAsText(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"evaluate", "--format", "text", file.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        return out.toString().lines().toList();
    }

    @Test
    void kpnRepairTargetsMetMissedNotMeasuredOrAbsent(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("kpn.json"), """
                {"contract": {"regime": "KPN_EEN", "tier": "STANDAARD"}, "cases": [
                  {"id": "met", "kind": "incident", "input": {"reportedAt": "2026-11-23T09:00:00+01:00",
                   "description": "d", "location": "l", "resolvedAt": "2026-11-23T16:59:00+01:00"}},
                  {"id": "missed", "kind": "incident", "input": {"reportedAt": "2026-11-23T09:00:00+01:00",
                   "description": "d", "location": "l", "resolvedAt": "2026-11-23T17:00:00+01:00"}},
                  {"id": "open", "kind": "incident", "input": {"reportedAt": "2026-11-23T09:00:00+01:00",
                   "description": "d", "location": "l"}},
                  {"id": "calamity", "kind": "incident", "input": {"reportedAt": "2026-11-23T09:00:00+01:00",
                   "description": "d", "location": "l", "cause": "LOCAL_LOOP",
                   "resolvedAt": "2026-11-25T09:00:00+01:00"}}]}
                """);

        List<String> lines = evaluateAsText(file);

        String indent = " ".repeat("calamity".length() + "incident".length() + 1);
        assertThat(lineAfter(lines, "met      incident ")).isEqualTo(indent + " targets: repair MET (479 min)");
        assertThat(lineAfter(lines, "missed   incident ")).isEqualTo(indent + " targets: repair MISSED (480 min)");
        assertThat(lineAfter(lines, "open     incident ")).isEqualTo(indent + " targets: repair not measured");
        assertThat(lineAfter(lines, "calamity incident ")).startsWith(indent + " rules: ");
    }

    /** The line after the one that starts with {@code prefix}. */
    private static String lineAfter(List<String> lines, String prefix) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return lines.get(i + 1);
            }
        }
        throw new AssertionError("no line starts with '" + prefix + "' in " + lines);
    }

    @Test
    void microsoftResponseTargetMissed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ms.json"), """
                {"contract": {"regime": "MICROSOFT_UNIFIED", "tier": "ADVANCED"}, "cases": [
                  {"id": "late", "kind": "incident", "input": {"reportedAt": "2026-11-21T03:00:00+01:00",
                   "severity": "SEV_1", "respondedAt": "2026-11-21T04:01:00+01:00"}}]}
                """);

        assertThat(lineAfter(evaluateAsText(file), "late incident "))
                .isEqualTo(" ".repeat("late".length() + "incident".length() + 1) + " targets: response MISSED (61 min)");
    }
}

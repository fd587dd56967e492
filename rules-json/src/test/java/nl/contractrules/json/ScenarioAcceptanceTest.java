package nl.contractrules.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.ReloadableContractRules;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleProblem;
import nl.contractrules.api.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule directory's own scenario files as the acceptance check of a reload. */
class ScenarioAcceptanceTest {
    /** The contract's BASIS work scenarios: billed beyond 30 contiguous minutes (CS365.WK.1). */
    private static final Path WORK_BASIS = Path.of(
            "../rules-tests/src/test/resources/scenarios/connectsecure365/work-basis.json");

    @Test
    void aReloadIsRefusedWhenTheDirectorysScenariosFailAndInstalledWhenTheyPass(@TempDir Path dir)
            throws IOException {
        RuleFile.write(RuleFile.bundled(), dir);
        Files.createDirectories(dir.resolve("scenarios/connectsecure365"));
        Files.copy(WORK_BASIS, dir.resolve("scenarios/connectsecure365/work-basis.json"));
        Path tiers = dir.resolve("connectsecure365/tiers.csv");
        String table = Files.readString(tiers, UTF_8);
        assertThat(table).contains("),BASIS,30");
        Files.writeString(tiers, table.replace("),BASIS,30", "),BASIS,45"), UTF_8);
        ReloadableContractRules rules = new ReloadableContractRules(ContractRules.bundled());
        ContractRules working = rules.current();
        ScenarioAcceptance acceptance = ScenarioAcceptance.of(dir);

        Validation refused = rules.reload(dir, acceptance.options());

        assertThat(acceptance.present()).isTrue();
        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems()).extracting(RuleProblem::file)
                .containsOnly("scenarios/connectsecure365/work-basis.json");
        assertThat(refused.problems()).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("case general-31-min-billed-minus-30-once: "));
        assertThat(rules.current()).isSameAs(working);

        Files.writeString(tiers, table, UTF_8);
        Files.writeString(dir.resolve("scenarios/broken.json"), "{\"name\": ", UTF_8);
        assertThat(rules.reload(dir, acceptance.options()).problems()).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("scenarios/broken.json"));

        Files.delete(dir.resolve("scenarios/broken.json"));
        assertThat(rules.reload(dir, acceptance.options()).ok()).isTrue();
        assertThat(rules.current()).isNotSameAs(working);
    }

    @Test
    void aDirectoryWithoutScenariosHasNoCheck(@TempDir Path dir) {
        ScenarioAcceptance acceptance = ScenarioAcceptance.of(dir);

        assertThat(acceptance.present()).isFalse();
        assertThat(acceptance.apply(null)).isEmpty();
    }
}

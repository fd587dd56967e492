package nl.contractrules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Rejection;
import nl.contractrules.json.Json;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioFormatException;
import nl.contractrules.json.ScenarioRunner;
import nl.contractrules.report.CaseHtml;
import nl.contractrules.report.Holidays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code evaluate FILE…}: prints the decisions of every case, as JSON, as a table ending with the counts of
 * decided and rejected cases, or as an HTML page with a timeline under every decided incident. Exit 0, or 2 when a file cannot be read or parsed or a directory holds no scenario
 * file (the other files are still decided and printed).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Print the decisions for scenario files.")
final class EvaluateCommand implements Callable<Integer> {
    enum Format { json, text, html }

    @Mixin
    RulesOption rulesOption;
    @Option(names = "--format", defaultValue = "json", description = "json (default), text, or html (a page with each incident's timeline)")
    Format format;
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ContractRules> loaded = rulesOption.load(err);
        if (loaded.isEmpty()) {
            return Main.UNREADABLE;
        }
        ScenarioRunner runner = new ScenarioRunner(loaded.get());
        ArrayNode all = Json.MAPPER.createArrayNode();
        ScenarioFiles scenarioFiles = ScenarioFiles.expand(files, err);
        int exit = scenarioFiles.complete() ? 0 : Main.UNREADABLE;
        int decided = 0;
        int rejected = 0;
        List<CaseHtml.FileView> pages = new ArrayList<>();
        Holidays holidays = format == Format.html ? Holidays.of(rulesOption.ruleSet.directory().orElse(null)) : null;
        for (Path file : scenarioFiles.files()) {
            try {
                Scenario scenario = Scenario.read(file);
                List<ScenarioRunner.Result> results = runner.run(scenario);
                for (ScenarioRunner.Result result : results) {
                    if (result.outcome() instanceof Rejection) {
                        rejected++;
                    } else {
                        decided++;
                    }
                }
                if (format == Format.text) {
                    TextTable.print(out, scenario, results);
                } else if (format == Format.html) {
                    pages.add(CaseHtml.file(loaded.get(), holidays, scenario, results));
                } else {
                    ObjectNode node = all.addObject().put("file", file.toString()).put("name", scenario.name());
                    ArrayNode decisions = node.putArray("decisions");
                    results.forEach(r -> decisions.add(r.toJson()));
                }
            } catch (ScenarioFormatException e) {
                err.println(Printable.of(e.getMessage()));
                exit = Main.UNREADABLE;
            }
        }
        if (format == Format.json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(all));
        } else if (format == Format.html) {
            CaseHtml.writeCases(pages, out);
            out.flush();
        } else {
            out.println(decided + " decided, " + rejected + " rejected");
        }
        return exit;
    }
}

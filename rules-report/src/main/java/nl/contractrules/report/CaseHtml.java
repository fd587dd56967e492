package nl.contractrules.report;

import gg.jte.output.WriterOutput;
import java.io.Writer;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Rejection;
import nl.contractrules.json.CaseParser;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioRunner;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.InvalidInputException;

/**
 * Decisions as HTML a person reads: an incident's timeline on a page of its own ({@code report --case ID}), and the
 * decisions of scenario files with a timeline under every decided incident ({@code evaluate --format html}). Like
 * the report, one self-contained page.
 */
public final class CaseHtml {
    private CaseHtml() {
    }

    /** The decisions of one scenario file. */
    public record FileView(String name, String source, List<CaseView> cases) {
    }

    /** One case: its decided fields (nulls left out) or its rejection, and for an incident its timeline. */
    public record CaseView(String id, String kind, String rejection, List<FieldRow> fields, String rules,
                           String flags, Timeline.View timeline) {
    }

    /** A decided field and its value as text. */
    public record FieldRow(String name, String value) {
    }

    /** The page of one incident's timeline. */
    public static void writeTimeline(Timeline.View timeline, Writer out) {
        ReportHtml.TEMPLATES.render("timeline.jte", timeline, new WriterOutput(out));
    }

    /** The page of the decisions of scenario files. */
    public static void writeCases(List<FileView> files, Writer out) {
        ReportHtml.TEMPLATES.render("cases.jte", files, new WriterOutput(out));
    }

    /** The view of a scenario file's results; each decided incident gets its timeline from {@code rules}. */
    public static FileView file(ContractRules rules, Holidays holidays, Scenario scenario,
            List<ScenarioRunner.Result> results) {
        Contract contract = null;
        try {
            contract = CaseParser.contract(scenario.contract());
        } catch (InvalidInputException e) {
            // every case is rejected with this problem, and says so
        }
        List<CaseView> cases = new ArrayList<>();
        for (ScenarioRunner.Result result : results) {
            Scenario.Case c = result.scenarioCase();
            if (result.outcome() instanceof Rejection<?> r) {
                cases.add(new CaseView(c.label(), c.kind(), r.message(), List.of(), "", "", null));
                continue;
            }
            Decision<?> d = (Decision<?>) result.outcome();
            Timeline.View timeline = null;
            if (contract != null) {
                CaseInput input = CaseParser.input(c.kind(), c.input());
                if (input instanceof Incident incident) {
                    timeline = Timeline.of(rules, c.label(), contract, incident, d.as(Incident.class), holidays);
                }
            }
            cases.add(new CaseView(c.label(), c.kind(), null, fields(d), Text.list(d.rules()), Text.list(d.flags()),
                    timeline));
        }
        return new FileView(scenario.name(), scenario.source(), cases);
    }

    private static List<FieldRow> fields(Decision<?> d) {
        List<FieldRow> rows = new ArrayList<>();
        for (Map.Entry<String, Object> e : d.asMap().entrySet()) {
            if (e.getValue() != null) {
                rows.add(new FieldRow(e.getKey(), e.getValue() instanceof ZonedDateTime t ? Text.time(t)
                        : String.valueOf(e.getValue())));
            }
        }
        return rows;
    }
}

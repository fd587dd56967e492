package nl.contractrules.engine.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleProblem;
import nl.contractrules.time.Calendars;

/**
 * What a compiled rule set is made of, as a reload compares it with the rules in use: its regime folders, its
 * decision tables (paths) and its calendars (ids).
 */
record RuleSetContents(SortedSet<String> folders, SortedSet<String> tables, SortedSet<String> calendars) {
    RuleSetContents {
        folders = Collections.unmodifiableSortedSet(new TreeSet<>(folders));
        tables = Collections.unmodifiableSortedSet(new TreeSet<>(tables));
        calendars = Collections.unmodifiableSortedSet(new TreeSet<>(calendars));
    }

    /**
     * The contents of a rule set's files (each in a regime's folder, by its path) and their calendars; a template's
     * data file counts as a table (dropping it drops the regime's rules of that template).
     */
    static RuleSetContents of(List<String> ruleFiles, Calendars calendars) {
        SortedSet<String> folders = new TreeSet<>();
        SortedSet<String> tables = new TreeSet<>();
        for (String file : ruleFiles) {
            folders.add(file.substring(0, file.indexOf('/')));
            if (CheckedRules.isTable(file) || RuleTemplates.isData(file)) {
                tables.add(file);
            }
        }
        return new RuleSetContents(folders, tables, new TreeSet<>(calendars.calendarIds()));
    }

    /**
     * A problem for each folder, decision table (outside those folders) and calendar this rule set has and
     * {@code next} lacks.
     */
    List<RuleProblem> droppedBy(RuleSetContents next) {
        String unlessMeant = " (a half-copied directory?); to drop it on purpose, reload with "
                + "ReloadOptions.allowDropping()";
        List<RuleProblem> problems = new ArrayList<>();
        for (String folder : folders) {
            if (!next.folders.contains(folder)) {
                problems.add(new RuleProblem(folder, 0, "regime folder " + folder + " is in the rules in use but "
                        + "not in the new ones, so every case of " + regimesOf(folder) + " would be rejected"
                        + unlessMeant));
            }
        }
        for (String table : tables) {
            boolean folderDropped = !next.folders.contains(table.substring(0, table.indexOf('/')));
            if (!folderDropped && !next.tables.contains(table)) {
                problems.add(new RuleProblem(table, 0, (RuleTemplates.isData(table) ? "template data file "
                        : "decision table ") + table + " is in the rules in use but "
                        + "not in the new ones" + unlessMeant));
            }
        }
        for (String calendar : calendars) {
            if (!next.calendars.contains(calendar)) {
                problems.add(new RuleProblem(RuleFile.CALENDARS, 0, "calendar " + calendar + " is in the rules in "
                        + "use but not in the new ones, so a rule that uses it would fail" + unlessMeant));
            }
        }
        return problems;
    }

    private static String regimesOf(String folder) {
        return Arrays.stream(Regime.values()).filter(r -> r.ruleFolders().contains(folder)).map(Regime::name)
                .collect(Collectors.joining(" and "));
    }
}

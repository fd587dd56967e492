package nl.contractrules.engine.compile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.contractrules.model.Regime;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.type.FactType;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * A regime whose sources differ from the bundled ones in some files only, compiled by compiling those files onto a
 * rule base of the build's executable model: the model's rules of those files are taken out, and the files are
 * compiled from DRL into the rule base, each rule in its place in the rule set's order. After an analyst changes
 * one number, Drools compiles one file instead of the regime's twenty.
 *
 * <p>The rule base decides as the regime compiled whole from DRL does ({@code EditedRegimeTest}): the functions of
 * the files left alone are the model's (imported from its model class, where the executable model puts them), its
 * declared types are the model's classes, and rules that could fire at the same moment fire in the same order,
 * since a rule's place decides that: the compiled files' rules take their places behind placeholder rules that are
 * taken out again.
 *
 * <p>It is done only when it is sure to give that rule base: the regime's files have the bundled paths, packages and
 * outline (imports, functions' signatures and globals: {@link CheckedRules#outline}), each changed file has as many
 * rules as before and no query, enum, entry point or window, each type a compiled file declares is declared as
 * before and is the model's class once compiled (Drools keeps a type declared again alike). A function whose text
 * changed, and a function that calls one, is changed: every file that calls it is compiled too. Otherwise, and when
 * the files do not compile (the whole regime's compile then reports the problems at their files and lines), {@link
 * #compile} gives nothing and the regime is compiled whole.
 */
final class EditedRegime {
    /** The name of the placeholder rules, followed by a number: nothing else in the rules has it. */
    private static final String PLACEHOLDER = "contract-rules: the place of a rule compiled from the model ";

    /**
     * The rule base of an edited regime and the files compiled into it ({@link RuleSource#dataOrFile()}), in the order
     * of the regime's sources.
     */
    record Compiled(KieBase kieBase, List<String> files) {
    }

    /** A rule of a rule base, by package and name. */
    private record RuleName(String pkg, String name) {
    }

    private EditedRegime() {
    }

    /** The regime's rule base with only its changed files compiled; empty when it is to be compiled whole. */
    static Optional<Compiled> compile(Regime regime, CheckedRules checked, BundledRules bundled) {
        List<RuleSource> sources = checked.sources(regime);
        Optional<Set<RuleSource>> toCompile = toCompile(regime, checked, bundled.digests().get(regime));
        if (toCompile.isEmpty()) {
            return Optional.empty();
        }
        Set<RuleSource> changed = toCompile.get();
        KieBase kieBase = bundled.newKieBase(regime);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(kieBase,
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, bundled.classLoader()));
        CompositeKnowledgeBuilder batch = builder.batch();
        if (!importModelFunctions(batch, sources, changed, bundled)) {
            return Optional.empty();
        }
        Optional<List<RuleName>> placeholders = replaceInPlace(batch, kieBase, checked.parts(regime), sources, changed,
                bundled);
        if (placeholders.isEmpty()) {
            return Optional.empty();
        }
        batch.build();
        if (builder.hasErrors() || !modelTypes(kieBase, changed, bundled.classLoader())) {
            return Optional.empty();
        }
        placeholders.get().forEach(rule -> kieBase.removeRule(rule.pkg(), rule.name()));
        return Optional.of(new Compiled(kieBase, sources.stream().filter(changed::contains)
                .map(RuleSource::dataOrFile).distinct().toList()));
    }

    /**
     * The sources to compile: those whose DRL differs from the bundled ones', and those that call a function that is
     * not the model's; empty when the regime is to be compiled whole.
     */
    private static Optional<Set<RuleSource>> toCompile(Regime regime, CheckedRules checked,
            BundledRules.Digests built) {
        List<RuleSource> sources = checked.sources(regime);
        List<CheckedRules.Part> parts = checked.parts(regime);
        if (!sameShape(parts, built.parts()) || !checked.outline(regime).equals(built.outline())
                || sources.stream().anyMatch(s -> s.rules().stream().anyMatch(r -> r.name().startsWith(PLACEHOLDER)))) {
            return Optional.empty();
        }
        Set<RuleSource> changed = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            if (!parts.get(i).digest().equals(built.parts().get(i).digest())) {
                changed.add(sources.get(i));
            }
        }
        Map<String, String> declarations = checked.declarationDigests(regime);
        addCallers(sources, changedFunctions(sources, declarations, built.declarations()), changed);
        boolean typeChanged = changed.stream().anyMatch(source -> source.declaredTypes().keySet().stream()
                .map(type -> CheckedRules.TYPE + source.packageName() + "." + type)
                .anyMatch(key -> !declarations.get(key).equals(built.declarations().get(key))));
        if (changed.isEmpty() || typeChanged || changed.stream().anyMatch(RuleSource::hasQueriesOrOtherDeclarations)) {
            return Optional.empty();
        }
        return Optional.of(changed);
    }

    /**
     * Adds to the batch, per package, an import of each function of the sources left alone from the package's model
     * class; false when a package has no model class.
     */
    private static boolean importModelFunctions(CompositeKnowledgeBuilder batch, List<RuleSource> sources,
            Set<RuleSource> changed, BundledRules bundled) {
        Map<String, StringBuilder> imports = new TreeMap<>();
        for (RuleSource source : sources) {
            if (!changed.contains(source) && !source.functions().isEmpty()) {
                String modelClass = bundled.modelClass(source.packageName());
                if (modelClass == null) {
                    return false;
                }
                StringBuilder drl = imports.computeIfAbsent(source.packageName(),
                        pkg -> new StringBuilder("package " + pkg + ";\n"));
                source.functions().keySet().forEach(f -> drl.append("import function ").append(modelClass)
                        .append('.').append(f).append(";\n"));
            }
        }
        imports.forEach((pkg, drl) -> add(batch, pkg + "/functions of the files left alone.drl", drl.toString()));
        return true;
    }

    /**
     * Takes the model's rules of the changed sources out of the rule base, and adds to the batch each changed source
     * behind placeholder rules that fill the places of its package's rules before it, so that its rules take the
     * places the model's had; gives the placeholders, or empty when the model's rules of a package are not the
     * sources' (another count).
     */
    private static Optional<List<RuleName>> replaceInPlace(CompositeKnowledgeBuilder batch, KieBase kieBase,
            List<CheckedRules.Part> parts, List<RuleSource> sources, Set<RuleSource> changed, BundledRules bundled) {
        Map<String, Integer> inPackage = new HashMap<>();
        parts.forEach(part -> inPackage.merge(part.packageName(), part.rules(), Integer::sum));
        Map<String, Integer> place = new HashMap<>();
        Map<String, Integer> filled = new HashMap<>();
        Map<String, List<String>> modelRules = new HashMap<>();
        List<RuleName> placeholders = new ArrayList<>();
        for (RuleSource source : sources) {
            String pkg = source.packageName();
            int first = place.getOrDefault(pkg, 0);
            int count = source.rules().size();
            place.put(pkg, first + count);
            if (!changed.contains(source)) {
                continue;
            }
            List<String> names = modelRules.computeIfAbsent(pkg, bundled::ruleNames);
            if (names.size() != inPackage.get(pkg)) {
                return Optional.empty();
            }
            names.subList(first, first + count).forEach(name -> kieBase.removeRule(pkg, name));
            int from = filled.getOrDefault(pkg, 0);
            if (first > from) {
                StringBuilder drl = new StringBuilder("package " + pkg + ";\n");
                for (int i = from; i < first; i++) {
                    drl.append("rule \"").append(PLACEHOLDER).append(i)
                            .append("\" dialect \"mvel\" when eval(false) then end\n");
                    placeholders.add(new RuleName(pkg, PLACEHOLDER + i));
                }
                add(batch, pkg + "/placeholders " + from + ".drl", drl.toString());
            }
            filled.put(pkg, first + count);
            add(batch, source.kiePath(), source.drl());
        }
        return Optional.of(placeholders);
    }

    /** Whether the sources have the bundled sources' KIE paths, packages and rule counts, in the same order. */
    private static boolean sameShape(List<CheckedRules.Part> parts, List<CheckedRules.Part> built) {
        if (parts.size() != built.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            CheckedRules.Part part = parts.get(i);
            CheckedRules.Part before = built.get(i);
            if (!part.kiePath().equals(before.kiePath()) || !part.packageName().equals(before.packageName())
                    || part.rules() != before.rules()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The functions that are not the model's, by package: those whose digest is not the bundled one's, and those that
     * call one of them, until none is left.
     */
    private static Map<String, Set<String>> changedFunctions(List<RuleSource> sources, Map<String, String> digests,
            Map<String, String> built) {
        Map<String, Set<String>> changed = new HashMap<>();
        digests.forEach((key, digest) -> {
            if (key.startsWith(CheckedRules.FUNCTION) && !digest.equals(built.get(key))) {
                String name = key.substring(CheckedRules.FUNCTION.length());
                int dot = name.lastIndexOf('.');
                changed.computeIfAbsent(name.substring(0, Math.max(dot, 0)), pkg -> new HashSet<>())
                        .add(name.substring(dot + 1));
            }
        });
        boolean added = !changed.isEmpty();
        while (added) {
            added = false;
            for (RuleSource source : sources) {
                Set<String> inPackage = changed.get(source.packageName());
                if (inPackage == null) {
                    continue;
                }
                Pattern called = calls(inPackage);
                for (Map.Entry<String, String> function : source.functions().entrySet()) {
                    if (!inPackage.contains(function.getKey()) && called.matcher(function.getValue()).find()) {
                        inPackage.add(function.getKey());
                        added = true;
                    }
                }
            }
        }
        return changed;
    }

    /** Adds to the changed sources every source that calls a changed function of its package. */
    private static void addCallers(List<RuleSource> sources, Map<String, Set<String>> functions,
            Set<RuleSource> changed) {
        for (RuleSource source : sources) {
            Set<String> inPackage = functions.get(source.packageName());
            if (inPackage != null && calls(inPackage).matcher(source.code()).find()) {
                changed.add(source);
            }
        }
    }

    /** A word of the names (Java identifiers). */
    private static Pattern calls(Set<String> names) {
        return Pattern.compile("\\b(?:" + String.join("|", names) + ")\\b");
    }

    /** Whether each type the compiled sources declare is the model's class in the rule base. */
    private static boolean modelTypes(KieBase kieBase, Set<RuleSource> compiled, ClassLoader model) {
        for (RuleSource source : compiled) {
            for (String type : source.declaredTypes().keySet()) {
                FactType factType = kieBase.getFactType(source.packageName(), type);
                try {
                    if (factType == null || factType.getFactClass() != Class.forName(source.packageName() + "." + type,
                            false, model)) {
                        return false;
                    }
                } catch (ClassNotFoundException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void add(CompositeKnowledgeBuilder batch, String kiePath, String drl) {
        batch.add(KieServices.get().getResources().newByteArrayResource(drl.getBytes(UTF_8)).setSourcePath(kiePath),
                ResourceType.DRL);
    }
}

package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision offers its case kind's fields only, at compile time: code that reads a change's field on an incident's
 * decision is compiled here, against this module, and the compiler refuses it.
 */
class DecisionTypingTest {
    private static final String IMPORTS = """
            import nl.contractrules.api.ContractRules;
            import nl.contractrules.api.Decision;
            import nl.contractrules.api.Outcome;
            import nl.contractrules.model.ChangeFields;
            import nl.contractrules.model.Contract;
            import nl.contractrules.model.Incident;
            import nl.contractrules.model.IncidentFields;
            """;

    @TempDir
    Path classes;

    /** The compiler's errors for the class, as {@code line: message}. */
    private List<String> errors(String source) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Reading.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Files.createDirectories(classes);
        compiler.getTask(null, null, diagnostics, List.of("-classpath", classPath, "-d", classes.toString()), null,
                List.of(file)).call();
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList();
    }

    @Test
    void readingAnIncidentsFieldOnItsDecisionCompiles() throws IOException {
        assertThat(errors(IMPORTS + """
                class Reading {
                    Object read(ContractRules rules, Contract contract, Incident incident) {
                        Decision<Incident> decision = rules.decide(contract, incident);
                        return decision.get(IncidentFields.HANDLED_FROM);
                    }
                }
                """)).isEmpty();
    }

    @Test
    void readingAChangesFieldOnAnIncidentsDecisionDoesNotCompile() throws IOException {
        List<String> errors = errors(IMPORTS + """
                class Reading {
                    Object read(ContractRules rules, Contract contract, Incident incident) {
                        return rules.decide(contract, incident).get(ChangeFields.DUE_AT);
                    }
                }
                """);

        assertThat(errors).singleElement().satisfies(error -> assertThat(error)
                .startsWith("10: ").contains("get").contains("ChangeRequest").contains("Incident"));
    }

    @Test
    void anEvaluatedIncidentsDecisionIsAnIncidentsDecisionToo() throws IOException {
        List<String> errors = errors(IMPORTS + """
                class Reading {
                    Object read(ContractRules rules, Contract contract, Incident incident) {
                        Outcome<Incident> outcome = rules.evaluate(contract, incident);
                        if (outcome instanceof Decision<Incident> decision) {
                            return decision.get(ChangeFields.DUE_AT);
                        }
                        return null;
                    }
                }
                """);

        assertThat(errors).singleElement().satisfies(error -> assertThat(error).startsWith("12: ").contains("get"));
    }
}

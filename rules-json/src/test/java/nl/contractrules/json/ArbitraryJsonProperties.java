package nl.contractrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Rejection;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Contract;

/**
 * Arbitrary JSON (random structure, values, sizes and depths, mostly shaped like a scenario so that it reaches the
 * model and the rules) read as a scenario file and decided: every outcome is a decision or a rejection naming a
 * field, or the whole file is refused naming it; nothing throws, and no message shows Java's insides.
 */
class ArbitraryJsonProperties {
    private static final ScenarioRunner RUNNER = new ScenarioRunner(SmallRules.RULES);
    private static final List<String> TIMES = List.of("2026-11-21T10:00:00+01:00", "2026-11-20T23:59:59Z",
            "2026-03-29T02:30:00+01:00", "2026-10-25T02:30:00+01:00[Europe/Amsterdam]", "1900-01-01T00:00:00+01:00",
            "2150-12-31T23:59:59-18:00", "1899-12-31T23:59:59+18:00", "9999-12-31T23:59:59Z",
            "+10000-01-01T00:00:00Z", "+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00:00+18:00",
            "2026-11-21", "2026-11-21T10:00:00", "1732115400", "");
    private static final List<String> DATES = List.of("2026-11-21", "2025-01-31", "2024-02-29", "1900-01-01",
            "2150-12-31", "1899-12-31", "2151-01-01", "9999-12-31", "+999999999-12-31", "-999999999-01-01",
            "2026-02-30", "2026-11-21T10:00:00+01:00", "");

    @Property(tries = 1500, edgeCases = EdgeCasesMode.NONE)
    void everyCaseIsDecidedOrRejectedNamingAField(@ForAll("documents") String json) {
        Scenario scenario;
        try {
            scenario = Scenario.parse(json, "p.json");
        } catch (ScenarioFormatException e) {
            assertThat(e.getMessage()).startsWith("p.json: ");
            assertPlain(e.getMessage());
            Statistics.label("outcome").collect("file refused");
            return;
        }
        for (ScenarioRunner.Result result : RUNNER.run(scenario)) {
            assertThat(result.toJson()).isNotNull();
            Statistics.label("outcome").collect(result.outcome() instanceof Decision ? "decision"
                    : "rejection of " + ((Rejection) result.outcome()).field().replaceAll("\\[\\d+]", "[]"));
            if (result.outcome() instanceof Rejection r) {
                assertThat(r.field()).isNotBlank().isNotEqualTo("rules");
                assertPlain(r.message());
            } else {
                assertThat(result.outcome()).isInstanceOf(Decision.class);
            }
        }
    }

    private static void assertPlain(String message) {
        assertThat(message).isNotBlank().doesNotContain("java.", "Exception", "nl.contractrules", "`");
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> scenario = scenario();
        return Arbitraries.frequencyOf(
                Tuple.of(8, scenario),
                Tuple.of(1, value(5)),
                Tuple.of(1, Arbitraries.integers().between(1, 80).map(n -> "[".repeat(n) + "]".repeat(n))),
                Tuple.of(1, Combinators.combine(scenario, Arbitraries.integers().between(0, 100),
                        Arbitraries.of("", " ", "}", " {}", "x", ",")).as(
                                (s, percent, tail) -> s.substring(0, s.length() * percent / 100) + tail)));
    }

    private static Arbitrary<String> scenario() {
        Arbitrary<String> contract = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of("{\"regime\": \"CONNECT_SECURE_365\", \"tier\": \"BASIS\"}")),
                Tuple.of(2, object(Contract.class, 1)),
                Tuple.of(1, value(2)));
        Arbitrary<CaseKind> kinds = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(CaseKind.values())),
                Tuple.of(3, Arbitraries.of(CaseKind.INCIDENT, CaseKind.WORK, CaseKind.TRAINING, CaseKind.CHANGE,
                        CaseKind.AVAILABILITY)));
        Arbitrary<String> aCase = kinds.flatMap(kind -> Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("")),
                        Tuple.of(4, strings().map(id -> "\"id\": " + id + ", ")),
                        Tuple.of(1, Arbitraries.of("\"id\": \"a\", ", "\"id\": \"\\u0000\\n\\u001b[31m\", "))),
                Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(kind.jsonName())),
                        Tuple.of(1, Arbitraries.of("", "Incident", "nope"))),
                Arbitraries.frequencyOf(Tuple.of(9, object(kind.inputType(), 3)), Tuple.of(1, value(2))),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")),
                        Tuple.of(1, expect().map(v -> ", \"expect\": " + v))))
                .as((id, name, input, expect) -> "{" + id + "\"kind\": " + quote(name) + ", \"input\": " + input
                        + expect + "}"));
        return Combinators.combine(contract, aCase.list().ofMaxSize(4))
                .as((c, cases) -> "{\"contract\": " + c + ", \"cases\": [" + String.join(", ", cases) + "]}");
    }

    /** Mostly an object of expected fields, decided or not, with values of any kind. */
    private static Arbitrary<String> expect() {
        Arbitrary<String> member = Combinators.combine(Arbitraries.of("error", "rules", "rulesInclude", "flags",
                        "flagsInclude", "citations", "handledFrom", "billableMinutes", "sessions", "dueAt", "nope"),
                value(2)).as((k, v) -> quote(k) + ": " + v);
        return Arbitraries.frequencyOf(Tuple.of(6, member.list().ofMaxSize(4).uniqueElements(m -> m.split(":")[0])
                .map(l -> "{" + String.join(", ", l) + "}")), Tuple.of(1, value(1)));
    }

    /** An object with some of the record's fields, each mostly a value of the field's type. */
    private static Arbitrary<String> object(Class<?> record, int depth) {
        List<RecordComponent> components = Arrays.asList(record.getRecordComponents());
        return Arbitraries.subsetOf(components).flatMap(chosen -> {
            List<Arbitrary<String>> members = new ArrayList<>();
            for (RecordComponent c : chosen) {
                members.add(typed(c, depth).map(v -> quote(c.getName()) + ": " + v));
            }
            return Combinators.combine(members).as(list -> "{" + String.join(", ", list) + "}");
        });
    }

    private static Arbitrary<String> typed(RecordComponent component, int depth) {
        Class<?> type = component.getType();
        Arbitrary<String> likely;
        if (type == ZonedDateTime.class) {
            likely = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(TIMES)), Tuple.of(3, times()))
                    .map(ArbitraryJsonProperties::quote);
        } else if (type == LocalDate.class) {
            likely = Arbitraries.of(DATES).map(ArbitraryJsonProperties::quote);
        } else if (type == Integer.class || type == int.class) {
            likely = integers();
        } else if (type == BigDecimal.class) {
            likely = numbers();
        } else if (type == Boolean.class || type == boolean.class) {
            likely = Arbitraries.of("true", "false", "null");
        } else if (type.isEnum()) {
            likely = Arbitraries.of(type.getEnumConstants()).map(e -> quote(e.toString()));
        } else if ((type == List.class || type == Set.class) && depth > 0
                && component.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            Arbitrary<String> entry = element.isRecord() ? object(element, depth - 1)
                    : element.isEnum() ? Arbitraries.of(element.getEnumConstants()).map(e -> quote(e.toString()))
                    : strings();
            likely = Arbitraries.frequencyOf(Tuple.of(5, entry), Tuple.of(1, Arbitraries.just("null")))
                    .list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]");
        } else {
            likely = strings();
        }
        return Arbitraries.frequencyOf(Tuple.of(20, likely), Tuple.of(1, value(depth)));
    }

    /** Any JSON value, nested at most {@code depth} deep. */
    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.of("null", "true", "false"), integers(), numbers(),
                strings(), Arbitraries.of(TIMES).map(ArbitraryJsonProperties::quote));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(4)
                .map(l -> "[" + String.join(", ", l) + "]");
        Arbitrary<String> object = Combinators.combine(strings(), Arbitraries.lazy(() -> value(depth - 1)))
                .as((k, v) -> k + ": " + v).list().ofMaxSize(4).map(l -> "{" + String.join(", ", l) + "}");
        return Arbitraries.frequencyOf(Tuple.of(4, scalar), Tuple.of(1, array), Tuple.of(1, object));
    }

    /** Times from 2020 to 2030 at random offsets, with DST changes and weekends among them. */
    private static Arbitrary<String> times() {
        return Combinators.combine(Arbitraries.longs().between(1_577_836_800L, 1_893_456_000L),
                        Arbitraries.integers().between(-18, 18))
                .as((seconds, hours) -> Instant.ofEpochSecond(seconds)
                        .atOffset(ZoneOffset.ofHours(hours)).toString());
    }

    private static Arbitrary<String> integers() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.integers().between(-5, 200).map(String::valueOf)),
                Tuple.of(1, Arbitraries.integers().map(String::valueOf)),
                Tuple.of(1, Arbitraries.longs().map(String::valueOf)),
                Tuple.of(1, Arbitraries.of("2147483643", "2147483647", "2147483648", "100000000", "2000000000", "1e3", "20.7",
                        "-0", "99999999999999999999999")));
    }

    private static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(Arbitraries.bigDecimals().ofScale(2).map(BigDecimal::toPlainString),
                Arbitraries.of("0", "12.50", "1e999999999", "1E-999999999", "-1", "0.0000001", "1e12", "1e13",
                        "1" + "0".repeat(99), "\"10.00\""));
    }

    private static Arbitrary<String> strings() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.of("NL", "XX", "Japan", "BASIS", "CONNECT_SECURE_365", "GENERAL", "HELP", "+31 20 123",
                        "0900-1234", "reportedAt", "regime")).map(ArbitraryJsonProperties::quote);
    }

    private static String quote(String text) {
        try {
            return Json.MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

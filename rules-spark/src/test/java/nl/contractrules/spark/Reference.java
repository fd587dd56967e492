package nl.contractrules.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import nl.contractrules.api.BulkResult;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.BulkLines;
import nl.contractrules.json.JsonLines;

/** What the tests compare Spark with: the facade on one machine, as an application and the decide command use it. */
final class Reference {
    /** "Now" for every test that decides. */
    static final Instant AS_OF = Instant.parse("2026-12-01T08:00:00Z");
    /** The bundled rules, compiled by the facade itself, with the tests' clock. */
    static final ContractRules BUNDLED = ContractRules.bundled().withClock(Clock.fixed(AS_OF, ZoneOffset.UTC));

    private Reference() {
    }

    /** The lines {@code contract-rules decide --contracts CONTRACTS CASES} writes, as its command does it. */
    static List<String> decideLines(ContractRules rules, Path contracts, Path cases) {
        return decideLines(rules, contracts, cases, JsonLines.DEFAULT_MAX_LINE);
    }

    /** The lines {@code decide --max-line MAX_LINE} writes. */
    static List<String> decideLines(ContractRules rules, Path contracts, Path cases, int maxLine) {
        BulkContracts under = BulkContracts.read(contracts);
        try (Stream<JsonLines.Line> lines = JsonLines.lines(Files.newInputStream(cases), maxLine);
             Stream<BulkResult> results = rules.bulk().threads(2)
                     .reading((JsonLines.Line line) -> BulkLines.read(line, under)).decide(lines)) {
            return results.map(result -> BulkLines.line(result, false)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.contractrules.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.Set;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.BulkResult;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.Contract;
import nl.contractrules.model.InvalidInputException;

/**
 * The JSON Lines of a bulk run: a case a line, as a scenario file's case plus {@code "contract": "<id>"}; a
 * result a line, as {@code evaluate} prints the case plus its {@code contract}.
 */
public final class BulkLines {
    /** The fields of a case line; {@code expect} is allowed so that a scenario file's case can be pasted. */
    private static final Set<String> CASE_FIELDS = Set.of("id", "contract", "kind", "input", "expect");
    /** Strict about trailing content; messages do not quote the line (which may be long). */
    private static final ObjectReader READER = Json.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .without(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
    /** Result lines are pure ASCII (other characters escaped), whatever the encoding they are written in. */
    private static final ObjectWriter LINE = Json.MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private BulkLines() {
    }

    /**
     * The case of one line, never an exception: a line that is too long, not a JSON object, names an unknown
     * contract or has bad input is an unreadable case naming the problem's field. A missing {@code id} becomes
     * {@code #<line number>} and a missing {@code kind} the empty name, as in a scenario file.
     */
    public static BulkCase read(JsonLines.Line line, BulkContracts contracts) {
        if (line.tooLong()) {
            return BulkCase.unreadable(null, null, null, new InvalidInputException("line", null,
                    line.length() + " bytes, longer than the line limit"));
        }
        JsonNode node;
        try {
            node = READER.readTree(line.bytes());
        } catch (JacksonException e) {
            return BulkCase.unreadable(null, null, null, new InvalidInputException("line", null,
                    "not valid JSON: " + e.getOriginalMessage() + " at column " + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            return BulkCase.unreadable(null, null, null, new InvalidInputException("line", null, e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return BulkCase.unreadable(null, null, null,
                    new InvalidInputException("line", null, "a case is a JSON object"));
        }
        String id = node.path("id").asText("#" + line.number());
        String kind = node.path("kind").asText("");
        JsonNode contractId = node.get("contract");
        String contract = contractId != null && contractId.isTextual() ? contractId.asText() : null;
        try {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!CASE_FIELDS.contains(name)) {
                    throw new InvalidInputException(name, null, "unknown field of a case line; fields: "
                            + "id, contract, kind, input");
                }
            }
            if (contract == null) {
                throw new InvalidInputException("contract", contractId, "required, the id of a contract");
            }
            Contract under = contracts.get(contract);
            CaseInput input = CaseParser.input(kind, node.get("input"));
            return new BulkCase(id, contract, kind, under, input, null);
        } catch (InvalidInputException e) {
            return BulkCase.unreadable(id, contract, kind, e);
        }
    }

    /** The text of a result line as {@code decide} writes it (without its line end): {@link #toJson} in ASCII. */
    public static String line(BulkResult result, boolean citations) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator g = LINE.createGenerator(text)) {
            write(g, result, citations);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a result line: " + e.getMessage(), e);
        }
        return text.toString();
    }

    /**
     * A result line: {@code id}, {@code contract}, {@code kind}, then the outcome as {@link Json#toJson} renders
     * it, without {@code citations} unless asked; a rejection also names its {@code line}.
     */
    public static ObjectNode toJson(BulkResult result, boolean citations) {
        return Json.tree(g -> write(g, result, citations));
    }

    private static void write(JsonGenerator g, BulkResult result, boolean citations) throws IOException {
        BulkCase c = result.bulkCase();
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("contract", c.contractId());
        g.writeStringField("kind", c.kind());
        if (!result.decided()) {
            g.writeNumberField("line", result.position());
        }
        Json.writeFields(g, result.outcome(), citations);
        g.writeEndObject();
    }
}

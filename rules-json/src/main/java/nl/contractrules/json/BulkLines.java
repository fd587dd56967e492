package nl.contractrules.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.BulkResult;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.CaseKind;
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
    /** The input of each kind, read from within a line. */
    private static final Map<CaseKind, ObjectReader> INPUTS = inputReaders();
    /** Result lines are pure ASCII (other characters escaped), whatever the encoding they are written in. */
    private static final ObjectWriter LINE = Json.MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private BulkLines() {
    }

    private static Map<CaseKind, ObjectReader> inputReaders() {
        Map<CaseKind, ObjectReader> readers = new EnumMap<>(CaseKind.class);
        for (CaseKind kind : CaseKind.values()) {
            readers.put(kind, Json.MAPPER.readerFor(kind.inputType())
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
        }
        return readers;
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
        BulkCase plain = plain(line, contracts);
        return plain != null ? plain : checked(line, contracts);
    }

    /**
     * The case of a line that is a JSON object of {@code id}, {@code contract} and {@code kind} strings followed
     * by a good {@code input}, read in one pass; null for any other line, which {@link #checked} reads to name the
     * problem.
     */
    private static BulkCase plain(JsonLines.Line line, BulkContracts contracts) {
        String id = null;
        String contract = null;
        String kind = null;
        CaseKind caseKind = null;
        CaseInput input = null;
        try (JsonParser p = READER.createParser(line.bytes())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME && input == null;
                 token = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("input") && value == JsonToken.START_OBJECT && caseKind != null) {
                    input = INPUTS.get(caseKind).readValue(p);
                } else if (value != JsonToken.VALUE_STRING) {
                    return null;
                } else if (name.equals("id")) {
                    id = p.getText();
                } else if (name.equals("contract")) {
                    contract = p.getText();
                } else if (name.equals("kind")) {
                    kind = p.getText();
                    caseKind = CaseKind.fromJsonName(kind).orElse(null);
                } else {
                    return null;
                }
            }
            if (input == null || p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null || id == null
                    || contract == null) {
                return null;
            }
            return new BulkCase(id, contract, kind, contracts.get(contract), input, null);
        } catch (IOException | InvalidInputException e) {
            return null;
        }
    }

    /** The case of one line read as a tree, checked field by field. */
    private static BulkCase checked(JsonLines.Line line, BulkContracts contracts) {
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

package nl.contractrules.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
    /** A case line's own fields, for the message naming an unknown one ({@code expect} is allowed too). */
    private static final String LINE_FIELDS = "id, contract, kind, input";
    /**
     * Reads a line, and values within it (checking for text after the line's case itself); messages do not quote
     * the line (which may be long).
     */
    private static final ObjectReader READER = Json.MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .without(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
    /** Result lines are pure ASCII (other characters escaped), whatever the encoding they are written in. */
    private static final ObjectWriter LINE = Json.MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    private BulkLines() {
    }

    /**
     * The case of one line, never an exception: a line that is too long, not a JSON object, names an unknown
     * contract or has bad input is an unreadable case naming the problem's field. A missing {@code id} becomes
     * {@code #<line number>} and a missing {@code kind} the empty name, as in a scenario file.
     *
     * <p>The line is read in one pass, its input bound as it is met ({@link CaseParser}, as a scenario file's case
     * is); a line with a problem is still read to its end, so that text that is not JSON is named before any field.
     * The problems are named in this order: the line itself, an unknown field or a case field of the wrong type
     * (as a scenario file refuses them), the contract, the kind, the input.
     */
    public static BulkCase read(JsonLines.Line line, BulkContracts contracts) {
        if (line.tooLong()) {
            return unreadableLine(line.length() + " bytes, longer than the line limit");
        }
        CaseLine read = new CaseLine();
        try (JsonParser p = READER.createParser(line.bytes())) {
            if (!read.scan(p)) {
                return unreadableLine("a case is a JSON object");
            }
            if (p.nextToken() != null) {
                return unreadableLine("not valid JSON: more text after the case at column "
                        + p.currentTokenLocation().getColumnNr());
            }
        } catch (JacksonException e) {
            return unreadableLine("not valid JSON: " + e.getOriginalMessage() + " at column "
                    + e.getLocation().getColumnNr());
        } catch (IOException e) {
            return unreadableLine(e.getMessage());
        }
        return read.toCase(line, contracts);
    }

    private static BulkCase unreadableLine(String problem) {
        return BulkCase.unreadable(null, null, null, new InvalidInputException("line", null, problem));
    }

    /** What one pass over a case line found: its fields, its input (bound, or kept to bind later) and its problems. */
    private static final class CaseLine {
        private String id;
        private String contract;
        private JsonNode contractValue;
        private String kind;
        private CaseKind caseKind;
        private CaseInput input;
        /** The input as a tree, when it could not be bound as it was met (before its kind, or not an object). */
        private JsonNode inputTree;
        /** Why binding the input as it was met failed. */
        private JsonMappingException inputProblem;
        /** The first field that is unknown or of the wrong type. */
        private InvalidInputException fieldProblem;

        /** Reads the line's case to its end; false when the line's value is not a JSON object. */
        boolean scan(JsonParser p) throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                READER.readTree(p);
                return false;
            }
            for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                String wrongShape = CaseParser.shapeProblem(name, value);
                if (wrongShape != null) {
                    problem(name, READER.readTree(p), wrongShape);
                } else if (name.equals("input")) {
                    readInput(p, value);
                } else if (name.equals("id")) {
                    id = p.getText();
                } else if (name.equals("kind")) {
                    kind = p.getText();
                    caseKind = CaseKind.fromJsonName(kind).orElse(null);
                } else if (name.equals("contract")) {
                    if (value == JsonToken.VALUE_STRING) {
                        contract = p.getText();
                    } else {
                        contractValue = READER.readTree(p);
                    }
                } else {
                    READER.readTree(p);
                    if (!name.equals("expect")) {
                        problem(name, null, "unknown field of a case line; fields: " + LINE_FIELDS);
                    }
                }
            }
            return true;
        }

        private void problem(String field, JsonNode value, String problem) {
            if (fieldProblem == null) {
                fieldProblem = new InvalidInputException(field, value == null ? null : Json.brief(value), problem);
            }
        }

        /** Binds the input as it is met when its kind is known, else keeps it as a tree. */
        private void readInput(JsonParser p, JsonToken value) throws IOException {
            if (caseKind == null || value != JsonToken.START_OBJECT) {
                inputTree = READER.readTree(p);
                return;
            }
            JsonStreamContext around = p.getParsingContext().getParent();
            try {
                input = CaseParser.input(caseKind, p);
            } catch (JsonMappingException e) {
                JacksonException syntax = syntaxError(e);
                if (syntax != null) {
                    throw syntax;
                }
                inputProblem = e;
                while (p.currentToken() != JsonToken.END_OBJECT || p.getParsingContext() != around) {
                    if (p.nextToken() == null) {
                        return;
                    }
                }
            }
        }

        /** A syntax error met while binding, which Jackson reports as a problem of the field it was in; or null. */
        private static JacksonException syntaxError(JsonMappingException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof JsonParseException || t instanceof StreamConstraintsException) {
                    return (JacksonException) t;
                }
            }
            return null;
        }

        /** The case, or the first problem in the order {@link #read} names them. */
        BulkCase toCase(JsonLines.Line line, BulkContracts contracts) {
            String label = id != null ? id : "#" + line.number();
            String kindName = kind != null ? kind : "";
            try {
                if (fieldProblem != null) {
                    throw fieldProblem;
                }
                if (contract == null) {
                    throw new InvalidInputException("contract", contractValue == null ? null : Json.brief(contractValue),
                            "required, the id of a contract");
                }
                Contract under = contracts.get(contract);
                if (input != null) {
                    return new BulkCase(label, contract, kindName, under, input, null);
                }
                if (inputProblem != null) {
                    throw CaseParser.translate(inputProblem, READER.readTree(line.bytes()).get("input"), "");
                }
                return new BulkCase(label, contract, kindName, under, CaseParser.input(kindName, inputTree), null);
            } catch (InvalidInputException e) {
                return BulkCase.unreadable(label, contract, kindName, e);
            } catch (IOException e) {
                throw new UncheckedIOException("a line read once cannot fail to be read again, but did", e);
            }
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

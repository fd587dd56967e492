package nl.contractrules.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.contractrules.model.Contract;
import nl.contractrules.model.InvalidInputException;

/**
 * The contracts of a bulk run by id, read from a JSON array of contract objects as a scenario file writes its
 * {@code contract}. A contract that fails validation is kept with its problem: the cases under it are rejected
 * with that problem, as a scenario file's cases are.
 */
public final class BulkContracts {
    private final Map<String, Contract> contracts;
    private final Map<String, InvalidInputException> invalid;

    private BulkContracts(Map<String, Contract> contracts, Map<String, InvalidInputException> invalid) {
        this.contracts = Map.copyOf(contracts);
        this.invalid = Map.copyOf(invalid);
    }

    /**
     * Reads a contracts file; a file that cannot be read, is not a JSON array of objects, or has a contract
     * without an id or two with the same id is a {@link ScenarioFormatException}.
     */
    public static BulkContracts read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new ScenarioFormatException(file + ": malformed JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new ScenarioFormatException(file + ": cannot read: " + e.getMessage());
        }
        return of(root, file.toString());
    }

    /**
     * Whether a file is a contracts file (its first character that is not white space opens a JSON array), so that
     * a walk for scenario files (JSON objects) can pass it by; a file that cannot be read is not one.
     */
    public static boolean isContractsFile(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int c = in.read();
            while (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF) {
                c = in.read();
            }
            return c == '[';
        } catch (IOException e) {
            return false;
        }
    }

    /** The contracts of a parsed JSON array; {@code source} names it in messages. */
    public static BulkContracts of(JsonNode array, String source) {
        if (array == null || !array.isArray()) {
            throw new ScenarioFormatException(source + ": a contracts file is a JSON array of contracts");
        }
        Map<String, Contract> contracts = new HashMap<>();
        Map<String, InvalidInputException> invalid = new HashMap<>();
        int n = 0;
        for (JsonNode node : array) {
            n++;
            JsonNode id = node.path("id");
            if (!node.isObject() || !id.isTextual() || id.asText().isEmpty()) {
                throw new ScenarioFormatException(source + ": contract " + n
                        + ": a JSON object with an \"id\", a non-empty string");
            }
            if (contracts.containsKey(id.asText()) || invalid.containsKey(id.asText())) {
                throw new ScenarioFormatException(source + ": contract " + n + ": id \"" + id.asText()
                        + "\" is used twice");
            }
            try {
                contracts.put(id.asText(), CaseParser.contract(node));
            } catch (InvalidInputException e) {
                invalid.put(id.asText(), e);
            }
        }
        return new BulkContracts(contracts, invalid);
    }

    /**
     * The contract with this id; an unknown id, or a contract that failed validation, is an
     * {@link InvalidInputException}.
     */
    public Contract get(String id) {
        Contract contract = contracts.get(id);
        if (contract != null) {
            return contract;
        }
        InvalidInputException problem = invalid.get(id);
        if (problem != null) {
            throw problem;
        }
        throw new InvalidInputException("contract", id, "unknown contract; not in the contracts file");
    }

    /** Whether the contracts file has a contract with this id (valid or not). */
    public boolean contains(String id) {
        return contracts.containsKey(id) || invalid.containsKey(id);
    }
}

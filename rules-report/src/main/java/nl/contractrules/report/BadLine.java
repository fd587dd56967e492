package nl.contractrules.report;

/**
 * A case the report could not use: a line that could not be read, or a case that was rejected, with the field and
 * the message of its rejection (as {@code decide} writes its error line).
 *
 * @param line the line number in the cases file
 */
public record BadLine(long line, String id, String contract, String kind, String field, String message) {
}

package uk.supportbudget.io.bank;

import java.util.Objects;

/**
 * A line that holds a transaction but could not be read. {@code reason} is a sentence for the
 * person importing, starting with the line number: "Line 14: 31/02/2025 is not a date."
 */
public record RejectedRow(int line, String reason) {
    public RejectedRow {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers are 1-based: " + line);
        }
        Objects.requireNonNull(reason, "reason");
    }
}

package uk.supportbudget.io.bank;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import uk.supportbudget.domain.money.Money;

/**
 * Everything read from one statement file, before anything is written to a book.
 *
 * @param format         what the file turned out to be
 * @param layout         the bank or layout recognised ("Nationwide", "OFX", "Columns chosen by you")
 * @param charset        the character set the text was read in
 * @param dateOrder      DMY or MDY: how this file's numeric dates were read
 * @param rows           the transactions, in the file's order
 * @param rejected       transaction lines that could not be read, in file order
 * @param closingBalance the statement's closing (ledger) balance when the file states one, else null
 * @param closingDate    the date of that balance, else null
 * @param balanceCheck   whether the file's own running balance adds up
 */
public record ParsedStatement(DetectedFormat format, String layout, Charset charset, DateOrder dateOrder,
        List<StatementRow> rows, List<RejectedRow> rejected, Money closingBalance, LocalDate closingDate,
        RunningBalanceCheck balanceCheck) {

    public ParsedStatement {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(dateOrder, "dateOrder");
        rows = List.copyOf(rows);
        rejected = List.copyOf(rejected);
        Objects.requireNonNull(balanceCheck, "balanceCheck");
    }

    /** Lines that hold a transaction: read ones plus rejected ones (CLI.md's {@code rows}). */
    public int transactionLineCount() {
        return rows.size() + rejected.size();
    }
}

package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.io.bank.ParsedStatement;
import uk.supportbudget.io.bank.RejectedRow;
import uk.supportbudget.io.bank.StatementRow;

/**
 * What importing a statement into an account will do, row by row, before anything is written.
 * {@link ImportService#apply(uk.supportbudget.store.Book, ImportPreview)} does exactly this or
 * refuses.
 *
 * @param fileName    the statement's file name, kept with the import
 * @param accountName the account asked for
 * @param accountId   the account's id, or null when the import will create it
 * @param statement   what was read from the file
 * @param rows        every transaction line of the file in line order: new, duplicate or rejected
 */
public record ImportPreview(String fileName, String accountName, Long accountId, ParsedStatement statement,
                            List<Row> rows) {

    public enum Status {
        /** Will be imported. */
        NEW,
        /** Already in the account from an earlier import; will be skipped. */
        DUPLICATE,
        /** Could not be read; {@link Row#reason()} says why. */
        REJECTED
    }

    /**
     * One transaction line of the file.
     *
     * @param line     1-based line in the file
     * @param source   the row as read, or null when rejected
     * @param category from the payee rules for a new row, or null when it still needs one
     * @param funder   from the payee rules, or null
     * @param reason   why a rejected line could not be read, else empty
     */
    public record Row(int line, Status status, StatementRow source, Category category, Funder funder,
                      String reason) {
        public Row {
            Objects.requireNonNull(status, "status");
            reason = reason == null ? "" : reason;
        }

        static Row rejected(RejectedRow rejected) {
            return new Row(rejected.line(), Status.REJECTED, null, null, null, rejected.reason());
        }

        public LocalDate date() {
            return source == null ? null : source.date();
        }

        public Money amount() {
            return source == null ? null : source.amount();
        }

        public boolean needsCategory() {
            return status == Status.NEW && category == null;
        }
    }

    public ImportPreview {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(statement, "statement");
        rows = List.copyOf(rows);
    }

    /** {@code csv}, {@code qif}, {@code ofx} (or {@code txt} for Santander's text download). */
    public String format() {
        return statement.format().shortName();
    }

    /** Lines that hold a transaction: {@code imported + duplicates + rejected}. */
    public int rowCount() {
        return rows.size();
    }

    public int importedCount() {
        return count(Status.NEW);
    }

    public int duplicateCount() {
        return count(Status.DUPLICATE);
    }

    public int rejectedCount() {
        return count(Status.REJECTED);
    }

    /** New rows no payee rule gave a category: they will show as "needs a category". */
    public int needsCategoryCount() {
        return (int) rows.stream().filter(Row::needsCategory).count();
    }

    public List<Row> newRows() {
        return rows.stream().filter(row -> row.status() == Status.NEW).toList();
    }

    public List<RejectedRow> rejected() {
        return rows.stream().filter(row -> row.status() == Status.REJECTED)
                .map(row -> new RejectedRow(row.line(), row.reason())).toList();
    }

    /** Whether applying will create the account. */
    public boolean createsAccount() {
        return accountId == null && importedCount() > 0;
    }

    /** Sentences worth showing beside the counts, such as a break in the bank's running balance. */
    public List<String> warnings() {
        String balance = statement.balanceCheck().sentence();
        return balance.isEmpty() ? List.of() : List.of(balance);
    }

    private int count(Status status) {
        return (int) rows.stream().filter(row -> row.status() == status).count();
    }
}

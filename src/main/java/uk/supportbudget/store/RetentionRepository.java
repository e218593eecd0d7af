package uk.supportbudget.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Finds, and on request removes, the records dated before the retention cut-offs. Removal runs
 * in one transaction and carries each account's removed transactions into its opening balance,
 * so every balance from the cut-off on stays exactly as it was.
 */
public final class RetentionRepository {

    /** How many records of each kind are past their retention period. */
    public record Counts(int planYears, int transactions, int timesheets, int shifts, int absences,
                         int evidence, int returns, int reconciliations) {
        public int total() {
            return planYears + transactions + timesheets + shifts + absences + evidence + returns + reconciliations;
        }
    }

    /** Transactions past retention: wage, PAYE and pension payments are payroll records too; a transfer goes only with its other side. */
    private static final String PAST_TXN = """
            SELECT t.id, t.account_id, t.amount_pence FROM txn t
            WHERE t.date < ?1
              AND NOT ((t.category IN ('PA_WAGES', 'HMRC', 'PENSION')
                        OR EXISTS (SELECT 1 FROM txn_split s WHERE s.txn_id = t.id AND s.category IN ('PA_WAGES', 'HMRC', 'PENSION')))
                       AND t.date >= ?2)
              AND (t.transfer_group IS NULL
                   OR NOT EXISTS (SELECT 1 FROM txn o WHERE o.transfer_group = t.transfer_group AND o.date >= ?1))""";

    /** Evidence attached to nothing that stays, and itself added before the cut-off. */
    private static final String PAST_EVIDENCE = """
            SELECT e.id FROM evidence e
            WHERE substr(e.added_at, 1, 10) < ?1
              AND NOT EXISTS (SELECT 1 FROM txn_evidence l WHERE l.evidence_id = e.id
                              AND l.txn_id NOT IN (SELECT id FROM %s))
              AND NOT EXISTS (SELECT 1 FROM timesheet_evidence l JOIN timesheet s ON s.id = l.timesheet_id
                              WHERE l.evidence_id = e.id AND s.period_last >= ?2)""";

    private final Book book;

    public RetentionRepository(Book book) {
        this.book = book;
    }

    public Counts pastRetention(LocalDate council, LocalDate payroll) {
        return book.read(connection -> {
            String txns = "(" + PAST_TXN + ")";
            return new Counts(
                    count(connection, "SELECT count(*) FROM plan_year WHERE ends_on < ?1", council, payroll),
                    count(connection, "SELECT count(*) FROM " + txns, council, payroll),
                    count(connection, "SELECT count(*) FROM timesheet WHERE period_last < ?2", council, payroll),
                    count(connection, "SELECT count(*) FROM shift WHERE ends_at < ?2", council, payroll),
                    count(connection, "SELECT count(*) FROM absence WHERE last_day < ?2", council, payroll),
                    count(connection, "SELECT count(*) FROM (" + PAST_EVIDENCE.formatted("(SELECT id FROM " + txns + ")") + ")",
                            council, payroll),
                    count(connection, "SELECT count(*) FROM council_return WHERE period_to < ?1", council, payroll),
                    count(connection, "SELECT count(*) FROM reconciliation WHERE statement_date < ?1", council, payroll));
        });
    }

    /** Removes what {@link #pastRetention} counts, all or nothing, and returns what was removed. */
    public Counts remove(LocalDate council, LocalDate payroll) {
        return book.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS temp.archived_txn");
                statement.execute("CREATE TEMP TABLE archived_txn (id INTEGER PRIMARY KEY, account_id INTEGER, amount_pence INTEGER)");
            }
            try {
                update(connection, "INSERT INTO temp.archived_txn " + PAST_TXN, council, payroll);
                update(connection, """
                        UPDATE account SET
                            opening_balance_pence = opening_balance_pence
                                + (SELECT sum(amount_pence) FROM temp.archived_txn a WHERE a.account_id = account.id),
                            opening_on = max(opening_on, ?1), updated_at = ?3, updated_by = ?4
                        WHERE id IN (SELECT account_id FROM temp.archived_txn)""", council, payroll);
                int evidence = update(connection, "CREATE TEMP TABLE archived_evidence AS "
                        + PAST_EVIDENCE.formatted("temp.archived_txn"), council, payroll);
                evidence = count(connection, "SELECT count(*) FROM temp.archived_evidence", council, payroll);
                int transactions = update(connection, "DELETE FROM txn WHERE id IN (SELECT id FROM temp.archived_txn)", council, payroll);
                update(connection, "DELETE FROM locked_edit WHERE txn_date < ?1", council, payroll);
                update(connection, """
                        DELETE FROM import_batch WHERE substr(imported_at, 1, 10) < ?1
                          AND NOT EXISTS (SELECT 1 FROM txn WHERE txn.import_batch_id = import_batch.id)""", council, payroll);
                int timesheets = update(connection, "DELETE FROM timesheet WHERE period_last < ?2", council, payroll);
                update(connection, "DELETE FROM txn_evidence WHERE evidence_id IN (SELECT id FROM temp.archived_evidence)", council, payroll);
                update(connection, "DELETE FROM timesheet_evidence WHERE evidence_id IN (SELECT id FROM temp.archived_evidence)",
                        council, payroll);
                update(connection, "DELETE FROM evidence WHERE id IN (SELECT id FROM temp.archived_evidence)", council, payroll);
                return new Counts(
                        update(connection, "DELETE FROM plan_year WHERE ends_on < ?1", council, payroll),
                        transactions, timesheets,
                        update(connection, "DELETE FROM shift WHERE ends_at < ?2", council, payroll),
                        update(connection, "DELETE FROM absence WHERE last_day < ?2", council, payroll),
                        evidence,
                        update(connection, "DELETE FROM council_return WHERE period_to < ?1", council, payroll),
                        update(connection, "DELETE FROM reconciliation WHERE statement_date < ?1", council, payroll));
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP TABLE IF EXISTS temp.archived_txn");
                    statement.execute("DROP TABLE IF EXISTS temp.archived_evidence");
                }
            }
        });
    }

    private int count(Connection connection, String sql, LocalDate council, LocalDate payroll) throws SQLException {
        try (PreparedStatement select = prepare(connection, sql, council, payroll); ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private int update(Connection connection, String sql, LocalDate council, LocalDate payroll) throws SQLException {
        try (PreparedStatement change = prepare(connection, sql, council, payroll)) {
            return change.executeUpdate();
        }
    }

    private PreparedStatement prepare(Connection connection, String sql, LocalDate council, LocalDate payroll) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int parameters = statement.getParameterMetaData().getParameterCount();
        Object[] values = {council.toString(), payroll.toString(), book.now(), book.user()};
        for (int i = 1; i <= parameters; i++) {
            statement.setString(i, values[i - 1].toString());
        }
        return statement;
    }
}

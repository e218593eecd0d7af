package uk.supportbudget.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;

/**
 * The integrity report behind {@code check}: SQLite's integrity and foreign-key checks, then the
 * app's own invariants. Opens the book read-only, so checking never changes it.
 */
public final class BookCheck {

    /** One invariant and whether the book keeps it. */
    public record Finding(String name, boolean ok, String detail) {
    }

    /** The whole report; {@code ok} is false when anything at all is wrong. */
    public record Report(String book, boolean ok, int schemaVersion, List<String> integrity,
                         List<String> foreignKeys, List<Finding> invariants, Map<String, Long> counts) {
    }

    private BookCheck() {
    }

    public static Report run(Path path, Clock clock) {
        return run(path, clock, Unlock.none());
    }

    /** As {@link #run(Path, Clock)}; an encrypted book is checked after decrypting it in memory. */
    public static Report run(Path path, Clock clock, Unlock unlock) {
        Book book;
        try {
            book = Book.openToInspect(path, clock, unlock);
        } catch (DamagedBook damaged) {
            return damagedReport(path, damaged.getMessage());
        }
        try (book) {
            Connection connection = book.connection();
            int version = book.schemaVersion();
            List<String> integrity = column(connection, "PRAGMA integrity_check");
            if (!integrity.equals(List.of("ok"))) {
                return new Report(path.toAbsolutePath().toString(), false, version, integrity, List.of(), List.of(), Map.of());
            }
            List<String> foreignKeys = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                while (rows.next()) {
                    foreignKeys.add(rows.getString(1) + " row " + rows.getLong(2) + " points to a missing " + rows.getString(3));
                }
            }
            List<Finding> invariants = invariants(connection);
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("accounts", number(connection, "SELECT count(*) FROM account"));
            counts.put("transactions", number(connection, "SELECT count(*) FROM txn"));
            counts.put("evidence", number(connection, "SELECT count(*) FROM evidence"));
            boolean ok = foreignKeys.isEmpty() && invariants.stream().allMatch(Finding::ok);
            return new Report(path.toAbsolutePath().toString(), ok, version, integrity, foreignKeys, invariants, counts);
        } catch (SQLException e) {
            return damagedReport(path, e.getMessage());
        }
    }

    private static Report damagedReport(Path path, String problem) {
        return new Report(path.toAbsolutePath().toString(), false, -1, List.of(problem), List.of(), List.of(), Map.of());
    }

    private static List<Finding> invariants(Connection connection) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        findings.add(zero(connection, "money is whole pence",
                """
                SELECT (SELECT count(*) FROM txn WHERE typeof(amount_pence) <> 'integer')
                     + (SELECT count(*) FROM txn_split WHERE typeof(amount_pence) <> 'integer')
                     + (SELECT count(*) FROM account WHERE typeof(opening_balance_pence) <> 'integer')
                     + (SELECT count(*) FROM funding_component WHERE typeof(amount_pence) <> 'integer')
                """, "amounts stored as something other than whole pence"));
        findings.add(zero(connection, "dates are real dates",
                "SELECT count(*) FROM txn WHERE date(date) IS NULL OR date(date) <> date",
                "transactions with a date that is not a real calendar date"));
        findings.add(zero(connection, "splits add up to their transaction",
                """
                SELECT count(*) FROM (
                    SELECT t.id FROM txn t JOIN txn_split s ON s.txn_id = t.id
                    GROUP BY t.id HAVING sum(s.amount_pence) <> t.amount_pence)
                """, "split transactions whose parts do not add up to the whole"));
        findings.add(zero(connection, "transfers have two matching sides",
                """
                SELECT count(*) FROM (
                    SELECT transfer_group FROM txn WHERE transfer_group IS NOT NULL
                    GROUP BY transfer_group
                    HAVING count(*) <> 2 OR sum(amount_pence) <> 0 OR count(DISTINCT account_id) <> 2)
                """, "transfers without a matching other side"));
        findings.add(known(connection, "categories are known", "SELECT DISTINCT category FROM txn WHERE category IS NOT NULL "
                + "UNION SELECT DISTINCT category FROM txn_split", Category.class));
        findings.add(known(connection, "funders are known", "SELECT DISTINCT funder FROM txn WHERE funder IS NOT NULL "
                + "UNION SELECT DISTINCT funder FROM txn_split WHERE funder IS NOT NULL", Funder.class));
        findings.add(zero(connection, "every finalised pay run is posted once",
                """
                SELECT (SELECT count(*) FROM pay_run r WHERE r.status = 'FINALISED'
                            AND NOT EXISTS (SELECT 1 FROM payroll_liability l WHERE l.pay_run_id = r.id))
                     + (SELECT count(*) FROM payroll_liability l JOIN pay_run r ON r.id = l.pay_run_id
                            WHERE r.status <> 'FINALISED')
                """, "pay runs finalised without what they owe, or draft runs that owe something"));
        findings.add(zero(connection, "the book has one owner record",
                "SELECT abs(count(*) - 1) FROM book_info", "the record of whose book this is is missing"));
        return findings;
    }

    private static Finding zero(Connection connection, String name, String sql, String meaning) throws SQLException {
        long count = number(connection, sql);
        return new Finding(name, count == 0, count == 0 ? "" : count + " " + meaning);
    }

    private static <E extends Enum<E>> Finding known(Connection connection, String name, String sql, Class<E> type)
            throws SQLException {
        List<String> unknown = new ArrayList<>();
        for (String value : column(connection, sql)) {
            try {
                Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                unknown.add(value);
            }
        }
        return new Finding(name, unknown.isEmpty(), unknown.isEmpty() ? "" : "unknown: " + String.join(", ", unknown));
    }

    private static long number(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}

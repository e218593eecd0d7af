package uk.supportbudget.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;

/**
 * Sums over the ledger worked out by SQLite, so that the dashboard, the forecast and the
 * reminders never read every transaction of a big book: a few grouped rows come back instead of
 * 100,000. Each date-bounded query searches the {@code txn_date} index (tests check the plans).
 * Transfers between the person's own accounts are neither money in nor out here, as on the
 * Money page.
 */
public final class LedgerTotalsRepository {

    /** Not a transfer: the Money page treats a transfer group of 0 as none, so this does too. */
    private static final String NOT_TRANSFER = "coalesce(transfer_group, 0) = 0";

    static final String BALANCES = """
            SELECT account_id, sum(amount_pence) FROM txn WHERE date <= ?1 GROUP BY account_id""";

    static final String GROUPS = """
            SELECT category, funder, amount_pence >= 0, id IN (SELECT txn_id FROM txn_split), sum(amount_pence), count(*)
            FROM txn
            WHERE date BETWEEN ?1 AND ?2 AND %s
            GROUP BY 1, 2, 3, 4""".formatted(NOT_TRANSFER);

    static final String OUT_PARTS = """
            SELECT s.category, s.funder, sum(s.amount_pence), count(*)
            FROM txn t JOIN txn_split s ON s.txn_id = t.id
            WHERE t.date BETWEEN ?1 AND ?2 AND coalesce(t.transfer_group, 0) = 0 AND t.amount_pence < 0
            GROUP BY 1, 2""";

    static final String MOVEMENTS_SINCE = """
            SELECT id, date, amount_pence, category, funder FROM txn
            WHERE date >= ?1 AND %s ORDER BY date, id""".formatted(NOT_TRANSFER);

    static final String LATEST_ON_OR_BEFORE = """
            SELECT id, date, amount_pence, category, funder FROM txn
            WHERE date <= ?1 AND %s ORDER BY date DESC, id DESC LIMIT 1""".formatted(NOT_TRANSFER);

    /** Newest first along the date index, stopping at the first match; left alone, SQLite would sort the table. */
    static final String LATEST_IN_CATEGORY = """
            SELECT id, date, amount_pence, category, funder FROM txn INDEXED BY txn_date
            WHERE category = ?1 AND %s ORDER BY date DESC, id DESC LIMIT 1""".formatted(NOT_TRANSFER);

    /**
     * Transactions that are not transfers, grouped by their own category and funder (either may be
     * null), by money in or out and by whether they are split into parts.
     */
    public record Group(Category category, Funder funder, boolean moneyIn, boolean split, long pence, long count) {
    }

    /** The parts of split payments out, grouped by each part's category and funder (null: none). */
    public record Part(Category category, Funder funder, long pence, long count) {
    }

    /** Everything between two dates, inclusive, as {@link Group}s and the parts of split payments out. */
    public record Totals(List<Group> groups, List<Part> outParts) {
    }

    /** One transaction, not a transfer, as the reminders look at it. */
    public record Movement(long id, LocalDate date, Money amount, Category category, Funder funder) {
    }

    private final Book book;

    public LedgerTotalsRepository(Book book) {
        this.book = book;
    }

    /**
     * Each account's transactions dated on or before {@code day}, added up (without the opening
     * balance). This one reads every transaction's amount: a book of a million rows takes a
     * quarter of a second; a total kept by triggers would need a migration.
     */
    public Map<Long, Long> sumsOnOrBefore(LocalDate day) {
        return book.read(connection -> {
            Map<Long, Long> sums = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(BALANCES)) {
                select.setString(1, day.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sums.put(rows.getLong(1), rows.getLong(2));
                    }
                }
            }
            return sums;
        });
    }

    /** The transactions dated {@code from} to {@code to}, inclusive, added up by SQLite. */
    public Totals between(LocalDate from, LocalDate to) {
        return book.read(connection -> {
            List<Group> groups = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(GROUPS)) {
                select.setString(1, from.toString());
                select.setString(2, to.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        groups.add(new Group(category(rows.getString(1)), funder(rows.getString(2)), rows.getInt(3) == 1,
                                rows.getInt(4) == 1, rows.getLong(5), rows.getLong(6)));
                    }
                }
            }
            List<Part> parts = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(OUT_PARTS)) {
                select.setString(1, from.toString());
                select.setString(2, to.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        parts.add(new Part(category(rows.getString(1)), funder(rows.getString(2)), rows.getLong(3),
                                rows.getLong(4)));
                    }
                }
            }
            return new Totals(groups, parts);
        });
    }

    /** Every transaction dated {@code from} or later, oldest first. */
    public List<Movement> movementsSince(LocalDate from) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(MOVEMENTS_SINCE)) {
                select.setString(1, from.toString());
                return movements(select);
            }
        });
    }

    /** The newest transaction dated on or before {@code day}, if there is one. */
    public List<Movement> latestOnOrBefore(LocalDate day) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(LATEST_ON_OR_BEFORE)) {
                select.setString(1, day.toString());
                return movements(select);
            }
        });
    }

    /** The newest transaction in {@code category} (the transaction's own, not a split part's), if there is one. */
    public List<Movement> latestIn(Category category) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(LATEST_IN_CATEGORY)) {
                select.setString(1, category.name());
                return movements(select);
            }
        });
    }

    private static List<Movement> movements(PreparedStatement select) throws SQLException {
        List<Movement> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new Movement(rows.getLong(1), LocalDate.parse(rows.getString(2)), Money.ofPence(rows.getLong(3)),
                        category(rows.getString(4)), funder(rows.getString(5))));
            }
        }
        return found;
    }

    private static Category category(String name) {
        return name == null ? null : Category.valueOf(name);
    }

    private static Funder funder(String name) {
        return name == null ? null : Funder.valueOf(name);
    }
}

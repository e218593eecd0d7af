package uk.supportbudget.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payrun.LiabilityMatcher;
import uk.supportbudget.domain.payrun.PayrollLiability;

/**
 * What finalised pay runs say must be paid, and the ledger transactions that paid them. The day paid is
 * the paying transaction's date, so it cannot disagree with the ledger.
 */
public final class PayrollLiabilityRepository {

    private static final String SELECT = """
            SELECT l.id, l.pay_run_id, l.kind, l.employee_id, l.payee, l.amount_pence, l.due_on, l.paid_txn_id, t.date AS paid_on
            FROM payroll_liability l LEFT JOIN txn t ON t.id = l.paid_txn_id""";

    private final Book book;

    public PayrollLiabilityRepository(Book book) {
        this.book = book;
    }

    public List<PayrollLiability> all() {
        return select(SELECT + " ORDER BY l.due_on, l.id", null);
    }

    public List<PayrollLiability> ofRun(long payRunId) {
        return select(SELECT + " WHERE l.pay_run_id = ? ORDER BY l.due_on, l.id", payRunId);
    }

    private List<PayrollLiability> select(String sql, Long runId) {
        return book.read(connection -> {
            List<PayrollLiability> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (runId != null) {
                    select.setLong(1, runId);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(new PayrollLiability(rows.getLong("id"), rows.getLong("pay_run_id"),
                                PayrollLiability.Kind.valueOf(rows.getString("kind")), Columns.id(rows, "employee_id"), rows.getString("payee"),
                                Columns.money(rows, "amount_pence"), Columns.date(rows, "due_on"), Columns.id(rows, "paid_txn_id"),
                                Columns.date(rows, "paid_on")));
                    }
                }
            }
            return found;
        });
    }

    public List<PayrollLiability> addAll(List<PayrollLiability> liabilities) {
        return book.inTransaction(connection -> {
            List<PayrollLiability> saved = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO payroll_liability (pay_run_id, kind, employee_id, payee, amount_pence, due_on, paid_txn_id,
                                                   created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                for (PayrollLiability liability : liabilities) {
                    insert.setLong(1, liability.payRunId());
                    insert.setString(2, liability.kind().name());
                    Columns.id(insert, 3, liability.employeeId());
                    insert.setString(4, liability.payee());
                    Columns.pence(insert, 5, liability.amount());
                    Columns.date(insert, 6, liability.dueOn());
                    Columns.id(insert, 7, liability.paidTxnId());
                    Columns.created(book, insert, 8);
                    insert.executeUpdate();
                    saved.add(liability.withId(AccountRepository.generatedKey(insert)));
                }
            }
            return saved;
        });
    }

    /** Links a liability to the transaction that paid it, or with {@code null} makes it owed again. */
    public void link(long liabilityId, Long txnId) {
        book.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE payroll_liability SET paid_txn_id = ?, updated_at = ?, updated_by = ? WHERE id = ?")) {
                Columns.id(update, 1, txnId);
                Columns.updated(book, update, 2);
                update.setLong(4, liabilityId);
                return update.executeUpdate();
            }
        });
    }

    /**
     * Money out, not a transfer, not yet linked to a liability, between two days: what the matcher may pair. The
     * payee is given with the description after it, as many banks put the name in the description.
     */
    public List<LiabilityMatcher.Payment> unlinkedPayments(LocalDate from, LocalDate to) {
        return book.read(connection -> {
            List<LiabilityMatcher.Payment> payments = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT t.id, t.date, t.amount_pence, t.payee || ' ' || t.description AS payee, t.category FROM txn t
                    WHERE t.amount_pence < 0 AND t.transfer_group IS NULL AND t.date BETWEEN ? AND ?
                      AND NOT EXISTS (SELECT 1 FROM payroll_liability l WHERE l.paid_txn_id = t.id)
                    ORDER BY t.date, t.id""")) {
                Columns.date(select, 1, from);
                Columns.date(select, 2, to);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String category = rows.getString("category");
                        payments.add(new LiabilityMatcher.Payment(rows.getLong("id"), Columns.date(rows, "date"),
                                Money.ofPence(rows.getLong("amount_pence")), rows.getString("payee"),
                                category == null ? null : Category.valueOf(category)));
                    }
                }
            }
            return payments;
        });
    }
}

package uk.supportbudget.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.returns.BankPosition;
import uk.supportbudget.domain.returns.ReturnEntry;
import uk.supportbudget.domain.returns.ReturnLine;
import uk.supportbudget.domain.returns.ReturnPeriod;
import uk.supportbudget.domain.returns.Share;

/**
 * What a council return reads from the book (transactions with their splits and evidence
 * references, bank positions) and the returns that have been submitted.
 */
public final class ReturnRepository {

    public enum Status { SUBMITTED, SUPERSEDED }

    /** A submitted return as kept in the book (the PDF itself is read separately). */
    public record StoredReturn(long id, ReturnPeriod period, Funder funder, String profileId, Status status,
                               String figuresJson, String ledgerHash, String submittedAt, String submittedBy) {
    }

    private final Book book;

    public ReturnRepository(Book book) {
        this.book = book;
    }

    /** Every transaction dated {@code from..to}, oldest first, with its split rows and evidence references. */
    public List<ReturnEntry> entries(LocalDate from, LocalDate to) {
        List<Transaction> transactions = new TransactionRepository(book)
                .select(new TransactionRepository.Selection(null, from, to));
        Map<Long, String> accountNames = new HashMap<>();
        new AccountRepository(book).all().forEach(a -> accountNames.put(a.id(), a.name()));
        Map<Long, List<Share>> splits = new HashMap<>();
        Map<Long, StringBuilder> evidence = new HashMap<>();
        book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT s.txn_id, s.category, s.funder, s.amount_pence FROM txn_split s JOIN txn t ON t.id = s.txn_id
                    WHERE t.date BETWEEN ? AND ? ORDER BY s.id""")) {
                select.setString(1, from.toString());
                select.setString(2, to.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String funder = rows.getString(3);
                        splits.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(new Share(
                                Category.valueOf(rows.getString(2)), funder == null ? null : Funder.valueOf(funder),
                                Money.ofPence(rows.getLong(4))));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT te.txn_id, te.evidence_id FROM txn_evidence te JOIN txn t ON t.id = te.txn_id
                    WHERE t.date BETWEEN ? AND ? ORDER BY te.txn_id, te.evidence_id""")) {
                select.setString(1, from.toString());
                select.setString(2, to.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        StringBuilder refs = evidence.computeIfAbsent(rows.getLong(1), id -> new StringBuilder());
                        refs.append(refs.isEmpty() ? "" : ", ").append(EvidenceRepository.PeriodEvidence.reference(rows.getLong(2)));
                    }
                }
            }
            return null;
        });
        List<ReturnEntry> entries = new ArrayList<>(transactions.size());
        for (Transaction t : transactions) {
            StringBuilder refs = evidence.get(t.id());
            entries.add(new ReturnEntry(t, accountNames.getOrDefault(t.accountId(), ""),
                    splits.getOrDefault(t.id(), List.of()), refs == null ? "" : refs.toString()));
        }
        return entries;
    }

    /** The sum of every transaction dated before {@code day}, in all accounts. */
    public Money transactionsBefore(LocalDate day) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT coalesce(sum(amount_pence), 0) FROM txn WHERE date < ?")) {
                select.setString(1, day.toString());
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return Money.ofPence(rows.getLong(1));
                }
            }
        });
    }

    /**
     * The accounts at the end of {@code to}: the ledger balance of every account opened by then,
     * and, for accounts where any transaction up to then is ticked as reconciled, the unticked ones
     * as uncleared items ({@code statementsRecorded} is false when no account has any ticked).
     */
    public BankPosition bankPosition(List<Account> accounts, LocalDate to) {
        return book.read(connection -> {
            Money balance = Money.ZERO;
            List<ReturnLine> uncleared = new ArrayList<>();
            boolean recorded = false;
            for (Account account : accounts) {
                if (account.openingOn().isAfter(to)) {
                    continue;
                }
                long all;
                long tickedCount;
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT coalesce(sum(amount_pence), 0), count(CASE WHEN reconciled = 1 THEN 1 END)
                        FROM txn WHERE account_id = ? AND date <= ?""")) {
                    select.setLong(1, account.id());
                    select.setString(2, to.toString());
                    try (ResultSet rows = select.executeQuery()) {
                        rows.next();
                        all = rows.getLong(1);
                        tickedCount = rows.getLong(2);
                    }
                }
                balance = balance.plus(account.openingBalance()).plus(Money.ofPence(all));
                if (tickedCount == 0) {
                    continue;
                }
                recorded = true;
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT id, date, amount_pence, payee, description, payment_method, category, funder
                        FROM txn WHERE account_id = ? AND date <= ? AND reconciled = 0 ORDER BY date, id""")) {
                    select.setLong(1, account.id());
                    select.setString(2, to.toString());
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            String category = rows.getString(7);
                            String funder = rows.getString(8);
                            uncleared.add(new ReturnLine(rows.getLong(1), LocalDate.parse(rows.getString(2)), account.name(),
                                    rows.getString(4), rows.getString(5), rows.getString(6),
                                    category == null ? null : Category.valueOf(category),
                                    funder == null ? null : Funder.valueOf(funder), Money.ofPence(rows.getLong(3)), ""));
                        }
                    }
                }
            }
            return new BankPosition(balance, uncleared, recorded);
        });
    }

    /** For each account with transactions in the period: whether any of them is ticked as reconciled. */
    public Map<String, Boolean> reconciledAccounts(LocalDate from, LocalDate to) {
        return book.read(connection -> {
            Map<String, Boolean> accounts = new java.util.TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT a.name, max(t.reconciled) FROM txn t JOIN account a ON a.id = t.account_id
                    WHERE t.date BETWEEN ? AND ? GROUP BY a.id""")) {
                select.setString(1, from.toString());
                select.setString(2, to.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        accounts.put(rows.getString(1), rows.getInt(2) == 1);
                    }
                }
            }
            return accounts;
        });
    }

    /**
     * Keeps a submitted return, frozen: an earlier submitted return for the same period and
     * funder is marked superseded in the same transaction.
     */
    public StoredReturn submit(ReturnPeriod period, Funder funder, String profileId, String figuresJson, byte[] pdf,
                               String ledgerHash) {
        return book.inTransaction(connection -> {
            String now = book.now();
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE council_return SET status = 'SUPERSEDED', updated_at = ?, updated_by = ?
                    WHERE period_from = ? AND period_to = ? AND funder IS ? AND status = 'SUBMITTED'""")) {
                update.setString(1, now);
                update.setString(2, book.user());
                update.setString(3, period.from().toString());
                update.setString(4, period.to().toString());
                update.setString(5, funder == null ? null : funder.name());
                update.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO council_return (period_from, period_to, funder, profile_id, status, figures_json, pdf,
                        pdf_sha256, ledger_hash, submitted_at, submitted_by, created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, period.from().toString());
                insert.setString(2, period.to().toString());
                insert.setString(3, funder == null ? null : funder.name());
                insert.setString(4, profileId);
                insert.setString(5, figuresJson);
                insert.setBytes(6, pdf);
                insert.setString(7, EvidenceRepository.sha256(pdf));
                insert.setString(8, ledgerHash);
                for (int i = 9; i <= 13; i += 2) {
                    insert.setString(i, now);
                    insert.setString(i + 1, book.user());
                }
                insert.executeUpdate();
                long id = AccountRepository.generatedKey(insert);
                return new StoredReturn(id, period, funder, profileId, Status.SUBMITTED, figuresJson, ledgerHash, now,
                        book.user());
            }
        });
    }

    /** Every return kept in the book, newest period first. */
    public List<StoredReturn> history() {
        return book.read(connection -> {
            List<StoredReturn> returns = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, period_from, period_to, funder, profile_id, status, figures_json, ledger_hash,
                           submitted_at, submitted_by
                    FROM council_return ORDER BY period_from DESC, period_to DESC, id DESC""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String funder = rows.getString(4);
                    returns.add(new StoredReturn(rows.getLong(1), new ReturnPeriod(LocalDate.parse(rows.getString(2)),
                            LocalDate.parse(rows.getString(3))), funder == null ? null : Funder.valueOf(funder),
                            rows.getString(5), Status.valueOf(rows.getString(6)), rows.getString(7), rows.getString(8),
                            rows.getString(9), rows.getString(10)));
                }
            }
            return returns;
        });
    }

    public Optional<byte[]> pdf(long returnId) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT pdf FROM council_return WHERE id = ?")) {
                select.setLong(1, returnId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Where wages in the ledger and payslips disagree in the period: net wages a finalised pay run
     * says were due but no payment was matched to, and wage payments no payslip accounts for.
     * Empty when the book has no pay runs (wages paid through a payroll bureau, say).
     */
    public List<String> wagesAgainstPayslips(LocalDate from, LocalDate to) {
        return book.read(connection -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement any = connection.prepareStatement("SELECT count(*) FROM pay_run WHERE status = 'FINALISED'");
                 ResultSet rows = any.executeQuery()) {
                if (!rows.next() || rows.getLong(1) == 0) {
                    return found;
                }
            }
            try (PreparedStatement unpaid = connection.prepareStatement("""
                    SELECT payee, amount_pence, due_on FROM payroll_liability
                    WHERE kind = 'NET_WAGES' AND paid_txn_id IS NULL AND due_on BETWEEN ? AND ?
                    ORDER BY due_on, payee""")) {
                unpaid.setString(1, from.toString());
                unpaid.setString(2, to.toString());
                try (ResultSet rows = unpaid.executeQuery()) {
                    while (rows.next()) {
                        found.add("no payment found for " + rows.getString(1) + "'s net pay of "
                                + Money.ofPence(rows.getLong(2)).display() + " due " + rows.getString(3));
                    }
                }
            }
            try (PreparedStatement orphan = connection.prepareStatement("""
                    SELECT t.payee, t.amount_pence, t.date FROM txn t
                    WHERE t.category = 'PA_WAGES' AND t.amount_pence < 0 AND t.date BETWEEN ? AND ?
                      AND NOT EXISTS (SELECT 1 FROM payroll_liability l WHERE l.paid_txn_id = t.id)
                    ORDER BY t.date, t.id""")) {
                orphan.setString(1, from.toString());
                orphan.setString(2, to.toString());
                try (ResultSet rows = orphan.executeQuery()) {
                    while (rows.next()) {
                        found.add("no payslip for " + Money.ofPence(-rows.getLong(2)).display() + " paid to "
                                + rows.getString(1) + " on " + rows.getString(3));
                    }
                }
            }
            return found;
        });
    }
}

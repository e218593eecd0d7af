package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.LockedEdit;
import uk.supportbudget.domain.ledger.Reconciliation;
import uk.supportbudget.domain.ledger.ReconciliationSheet;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.ReconciliationRepository;
import uk.supportbudget.store.ReconciliationRepository.StatementEnd;
import uk.supportbudget.store.TransactionRepository;

/**
 * Reconciling an account with a bank statement, and the locks that follow: shared by the
 * reconcile screen and, for {@link #lockedUntil}, {@link #isLocked} and {@link #flaggedEdits},
 * by the council return.
 *
 * <p>Ticking a transaction as on the statement is not an edit: it changes nothing the return
 * shows. Finishing needs the ticked transactions to add up to the statement's balance exactly;
 * it then locks the account up to the statement date, and changes to transactions in that period
 * go through {@link TransactionRepository#update}/{@code delete}, which ask for confirmation and
 * flag them.
 */
public final class ReconciliationService {

    private final Book book;
    private final ReconciliationRepository reconciliations;
    private final TransactionRepository transactions;
    private final AccountRepository accounts;

    public ReconciliationService(Book book) {
        this.book = book;
        this.reconciliations = new ReconciliationRepository(book);
        this.transactions = new TransactionRepository(book);
        this.accounts = new AccountRepository(book);
    }

    public List<Account> accounts() {
        return accounts.all();
    }

    /** The reconciliation worked out as the book stands: balances, difference and uncleared items. */
    public ReconciliationSheet sheet(long accountId, LocalDate statementDate, Money statementBalance) {
        Objects.requireNonNull(statementDate, "statementDate");
        Objects.requireNonNull(statementBalance, "statementBalance");
        Account account = account(accountId);
        List<Transaction> upToDate = transactions.select(new TransactionRepository.Selection(accountId, null, statementDate));
        return new ReconciliationSheet(accountId, statementDate, statementBalance, account.openingBalance(), upToDate,
                reconciliations.clearedIds(accountId, statementDate), lockedUntil(accountId).orElse(null));
    }

    /** Ticks (or unticks) transactions as on the statement. */
    public void setCleared(Collection<Long> transactionIds, boolean cleared) {
        reconciliations.setCleared(transactionIds, cleared);
    }

    /**
     * Finishes the reconciliation when the ticked transactions agree with the statement, worked out
     * again inside the write so nothing that changed meanwhile slips through.
     */
    public Reconciliation finish(long accountId, LocalDate statementDate, Money statementBalance) {
        return book.inTransaction(connection -> {
            ReconciliationSheet sheet = sheet(accountId, statementDate, statementBalance);
            return reconciliations.add(sheet.finish(book.now(), book.user()));
        });
    }

    /** The last date reconciled for the account; transactions up to it are locked. */
    public Optional<LocalDate> lockedUntil(long accountId) {
        return reconciliations.lockedUntil(accountId);
    }

    /** Whether changing this transaction needs confirmation (and would be flagged). */
    public boolean isLocked(Transaction transaction) {
        return transaction.reconciled() || lockedUntil(transaction.accountId())
                .map(until -> !transaction.date().isAfter(until)).orElse(false);
    }

    /**
     * Confirmed changes to locked transactions made on the days from {@code from} to {@code to}
     * (either may be null for no limit), oldest first: what the next return lists.
     */
    public List<LockedEdit> flaggedEdits(LocalDate from, LocalDate to) {
        return reconciliations.flaggedEdits(from, to);
    }

    public List<Reconciliation> history(long accountId) {
        return reconciliations.all(accountId);
    }

    /** What the account's latest imported statement said about its end and its running balance. */
    public Optional<StatementEnd> lastStatement(long accountId) {
        return reconciliations.lastStatementEnd(accountId);
    }

    private Account account(long accountId) {
        return accounts.all().stream().filter(a -> a.id() == accountId).findFirst()
                .orElseThrow(() -> new Refusal("That account is no longer in the book; choose another."));
    }
}

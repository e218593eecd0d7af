package uk.supportbudget.domain.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;

/**
 * Working out a reconciliation of one account against a bank statement's closing balance.
 *
 * <p>The cleared balance is the opening balance plus every transaction up to the statement date
 * that has been ticked as on the statement (or was reconciled before). When it equals the
 * statement's balance the difference is nil and the reconciliation can be finished; the items not
 * ticked are the uncleared ones, which explain why the ledger balance differs from the bank's.
 *
 * @param accountId        the account
 * @param statementDate    the statement's closing date
 * @param statementBalance the statement's closing balance
 * @param openingBalance   the account's opening balance in the book
 * @param transactions     the account's transactions up to and including the statement date
 * @param cleared          ids of those ticked as on the statement (reconciled ones count as ticked)
 * @param lockedUntil      the last date already reconciled, or null
 */
public record ReconciliationSheet(long accountId, LocalDate statementDate, Money statementBalance,
                                  Money openingBalance, List<Transaction> transactions, Set<Long> cleared,
                                  LocalDate lockedUntil) {

    public ReconciliationSheet {
        Objects.requireNonNull(statementDate, "statementDate");
        Objects.requireNonNull(statementBalance, "statementBalance");
        Objects.requireNonNull(openingBalance, "openingBalance");
        transactions = List.copyOf(transactions);
        cleared = Set.copyOf(cleared);
        for (Transaction transaction : transactions) {
            if (transaction.date().isAfter(statementDate) || transaction.accountId() != accountId) {
                throw new IllegalArgumentException("transaction " + transaction.id() + " is not on this sheet");
            }
        }
    }

    public boolean isCleared(Transaction transaction) {
        return transaction.reconciled() || cleared.contains(transaction.id());
    }

    /** The book's balance at the end of the statement date, ticked or not. */
    public Money ledgerBalance() {
        Money balance = openingBalance;
        for (Transaction transaction : transactions) {
            balance = balance.plus(transaction.amount());
        }
        return balance;
    }

    /** Opening balance plus the ticked transactions: what the bank's statement should show. */
    public Money clearedBalance() {
        Money balance = openingBalance;
        for (Transaction transaction : transactions) {
            if (isCleared(transaction)) {
                balance = balance.plus(transaction.amount());
            }
        }
        return balance;
    }

    /** Statement balance less cleared balance: nil when the two agree. */
    public Money difference() {
        return statementBalance.minus(clearedBalance());
    }

    /** Transactions up to the statement date not yet ticked, oldest first. */
    public List<Transaction> uncleared() {
        return transactions.stream().filter(t -> !isCleared(t)).toList();
    }

    /** What the uncleared transactions add up to: the ledger balance less the cleared balance. */
    public Money unclearedTotal() {
        return ledgerBalance().minus(clearedBalance());
    }

    /** Why it cannot be finished yet, or an empty string when it can. */
    public String whyNotFinished() {
        if (lockedUntil != null && !statementDate.isAfter(lockedUntil)) {
            return "This account is already reconciled up to " + lockedUntil
                    + "; choose a statement dated after that.";
        }
        if (!difference().isZero()) {
            return "The ticked transactions come to " + clearedBalance().display() + " but the statement says "
                    + statementBalance.display() + " (a difference of " + difference().display()
                    + "); tick the transactions on the statement, or check the balance you typed.";
        }
        return "";
    }

    public boolean canFinish() {
        return whyNotFinished().isEmpty();
    }

    /** The record to keep when finishing; refuses while the two balances differ. */
    public Reconciliation finish(String at, String by) {
        String why = whyNotFinished();
        if (!why.isEmpty()) {
            throw new Refusal(why);
        }
        return new Reconciliation(0, accountId, statementDate, statementBalance, ledgerBalance(), uncleared().size(),
                at, by);
    }
}

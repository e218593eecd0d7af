package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.domain.ledger.Split;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.TransactionRepository;

/**
 * The ledger's use cases for the CLI's {@code ledger} and the Money page: reading, and every
 * change a person makes to a transaction. All changes go through {@link #add}, {@link #update},
 * {@link #delete}, {@link #restore}, {@link #split} and {@link #transfer}, each all-or-nothing, and
 * every existing transaction they touch is read through {@link #existing}, the one place a rule
 * such as "reconciled periods are locked" belongs.
 */
public final class LedgerService {

    /** Selected transactions with the accounts they belong to, and the closing balance. */
    public record Statement(List<Transaction> transactions, Map<Long, Account> accounts, Money balance,
                            Map<Long, List<Split>> splits) {
    }

    /** The whole ledger for the Money page: compact rows oldest first, and the accounts. */
    public record Rows(List<LedgerRow> rows, List<Account> accounts) {
        public Map<Long, String> accountNames() {
            return accounts.stream().collect(Collectors.toMap(Account::id, Account::name));
        }
    }

    private final Book book;
    private final AccountRepository accounts;
    private final TransactionRepository transactions;

    public LedgerService(Book book) {
        this.book = book;
        this.accounts = new AccountRepository(book);
        this.transactions = new TransactionRepository(book);
    }

    /**
     * The transactions of one account (or all, when {@code accountName} is null) between two
     * dates, and the balance at the end of {@code to}, which does not depend on {@code from}.
     */
    public Statement statement(String accountName, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new Refusal("The start date " + from + " is after the end date " + to + "; swap them and try again.");
        }
        List<Account> all = accounts.all();
        Long accountId = null;
        if (accountName != null) {
            accountId = all.stream().filter(a -> a.name().equalsIgnoreCase(accountName.strip())).findFirst()
                    .map(Account::id)
                    .orElseThrow(() -> new Refusal("There is no account called \"" + accountName + "\" in this book. "
                            + (all.isEmpty() ? "It has no accounts yet." : "Its accounts are: "
                            + all.stream().map(Account::name).collect(Collectors.joining(", ")) + ".")));
        }
        List<Transaction> selected = transactions.select(new TransactionRepository.Selection(accountId, from, to));
        Money balance = transactions.balance(accountId, to);
        Map<Long, List<Split>> splits = transactions.allSplits();
        return new Statement(selected, all.stream().collect(Collectors.toMap(Account::id, Function.identity())), balance,
                splits);
    }

    /** Every transaction as a compact row with its account's running balance, oldest first. */
    public Rows rows() {
        return book.read(connection -> {
            List<Account> all = accounts.all();
            return new Rows(transactions.ledgerRows(all.stream()
                    .collect(Collectors.toMap(Account::id, Account::openingBalance))), all);
        });
    }

    /**
     * The newest {@code limit} transactions, newest first, with their running balances: the
     * first screenful of a big book, shown while {@link #rows()} reads everything.
     */
    public Rows newestRows(int limit) {
        return book.read(connection -> {
            List<Account> all = accounts.all();
            return new Rows(transactions.newestRows(limit, all.stream()
                    .collect(Collectors.toMap(Account::id, Account::openingBalance))), all);
        });
    }

    public Transaction byId(long id) {
        return existing(id);
    }

    public List<Split> splitsOf(long id) {
        return transactions.splitsOf(id);
    }

    /**
     * Adds a transaction typed in by hand. One without a category gets it (and its funder) from
     * the first payee rule that fits, as an imported one would.
     */
    public Transaction add(Transaction transaction) {
        return add(transaction, false);
    }

    /** As {@link #add(Transaction)}, under the reconciled-period rule of {@link #update(Transaction, boolean)}. */
    public Transaction add(Transaction transaction, boolean confirmedLocked) {
        refuseZero(transaction.amount());
        if (transaction.category() == Category.TRANSFER || transaction.isTransfer()) {
            throw new Refusal("To move money between your own accounts, use Transfer so both accounts show it.");
        }
        return book.inTransaction(connection -> {
            Transaction toAdd = transaction;
            if (toAdd.category() == null) {
                toAdd = new PayeeRuleService(book).ruleFor(toAdd.payee(), toAdd.description(), toAdd.amount())
                        .map(rule -> withCategory(transaction, rule.category(),
                                rule.funder() == null ? transaction.funder() : rule.funder()))
                        .orElse(transaction);
            }
            return transactions.addAll(List.of(toAdd), confirmedLocked).get(0);
        });
    }

    /**
     * Saves changes to a transaction. For a transfer, the date, amount and description change on
     * both legs and the category stays "transfer". A split transaction keeps its amount unless
     * its parts are changed first.
     */
    public Transaction update(Transaction edited) {
        return update(edited, false);
    }

    /**
     * As {@link #update(Transaction)}; a transaction in a period reconciled with the bank is
     * changed only with {@code confirmedLocked}, and the change is flagged for the next return.
     * Without it, {@link uk.supportbudget.domain.ledger.LockedPeriodEdit} says what to confirm.
     */
    public Transaction update(Transaction edited, boolean confirmedLocked) {
        refuseZero(edited.amount());
        return book.inTransaction(connection -> {
            Transaction before = existing(edited.id());
            if (before.isTransfer()) {
                if (edited.category() != Category.TRANSFER) {
                    throw new Refusal("This is a transfer between your own accounts, so its category stays "
                            + "\"Transfer\". Delete it and enter a payment instead if it was not a transfer.");
                }
                Transaction other = transactions.otherLeg(before).orElseThrow();
                existing(other.id());
                transactions.update(edited, confirmedLocked);
                transactions.update(new Transaction(other.id(), other.accountId(), edited.date(), edited.amount().negate(),
                        other.payee(), edited.description(), Category.TRANSFER, null, other.paymentMethod(),
                        other.notes(), other.reconciled(), other.transferGroup()), confirmedLocked);
                return edited;
            }
            if (edited.category() == Category.TRANSFER) {
                throw new Refusal("To move money between your own accounts, use Transfer so both accounts show it.");
            }
            List<Split> parts = transactions.splitsOf(edited.id());
            if (!parts.isEmpty() && !edited.amount().equals(before.amount())) {
                throw new Refusal("This payment is split into parts; change the parts (Split\u2026) to match the new "
                        + "amount, or remove the split first.");
            }
            Transaction saved = edited;
            if (!parts.isEmpty()) {
                // the parts decide the category shown for the whole
                Split largest = Split.largest(parts);
                saved = withCategory(edited, largest.category(), largest.funder());
            }
            transactions.update(saved, confirmedLocked);
            return saved;
        });
    }

    /** Deletes transactions (both legs of a transfer); what comes back undoes it with {@link #restore}. */
    public TransactionRepository.Removed delete(List<Long> ids) {
        return delete(ids, false);
    }

    /** As {@link #delete(List)}, under the same reconciled-period rule as {@link #update(Transaction, boolean)}. */
    public TransactionRepository.Removed delete(List<Long> ids, boolean confirmedLocked) {
        if (ids.isEmpty()) {
            throw new Refusal("Choose the transactions to delete first.");
        }
        return book.inTransaction(connection -> {
            ids.forEach(this::existing);
            return transactions.delete(ids, confirmedLocked);
        });
    }

    /** Puts deleted transactions back exactly as they were. */
    public void restore(TransactionRepository.Removed removed) {
        book.inTransaction(connection -> {
            for (Long id : removed.ids()) {
                if (transactions.byId(id).isPresent()) {
                    throw new Refusal("That delete has already been undone.");
                }
            }
            transactions.restore(removed);
            return null;
        });
    }

    /**
     * Shares a transaction across categories or funders. {@code parts} are amounts as a person
     * types them (pounds, positive); they take the sign of the transaction and must add up to it
     * exactly. No parts: the transaction is no longer split and keeps the largest part's category.
     */
    public List<Split> split(long id, List<Split> parts) {
        return book.inTransaction(connection -> {
            Transaction whole = existing(id);
            if (whole.isTransfer()) {
                throw new Refusal("A transfer between your own accounts cannot be split.");
            }
            if (parts.isEmpty()) {
                transactions.replaceSplits(id, List.of());
                return List.of();
            }
            List<Split> signed = new ArrayList<>();
            for (Split part : parts) {
                Money amount = whole.amount().isNegative() && part.amount().isPositive() ? part.amount().negate()
                        : part.amount();
                signed.add(new Split(part.category(), part.funder(), amount, part.note()));
            }
            Split.checkParts(whole.amount(), signed);
            Split largest = Split.largest(signed);
            transactions.update(withCategory(whole, largest.category(), largest.funder()), false);
            transactions.replaceSplits(id, signed);
            return signed;
        });
    }

    /** Moves money between two of the person's own accounts: both legs, or neither. */
    public List<Transaction> transfer(long fromAccountId, long toAccountId, LocalDate date, Money amount,
                                      String description) {
        return transactions.addTransfer(fromAccountId, toAccountId, date, amount, description);
    }

    /** Every change to an existing transaction reads it here first. */
    private Transaction existing(long id) {
        return transactions.byId(id).orElseThrow(
                () -> new Refusal("That transaction is no longer in the book; it may have been deleted."));
    }

    private static void refuseZero(Money amount) {
        if (amount.isZero()) {
            throw new Refusal("Please enter an amount other than £0.00: money out as a minus, such as -12.50.");
        }
    }

    private static Transaction withCategory(Transaction t, Category category, uk.supportbudget.domain.ledger.Funder funder) {
        return new Transaction(t.id(), t.accountId(), t.date(), t.amount(), t.payee(), t.description(), category, funder,
                t.paymentMethod(), t.notes(), t.reconciled(), t.transferGroup());
    }
}

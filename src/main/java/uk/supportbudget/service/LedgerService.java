package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.TransactionRepository;

/** Reading the ledger: what the CLI's {@code ledger} and the Money screen show. */
public final class LedgerService {

    /** Selected transactions with the accounts they belong to, and the closing balance. */
    public record Statement(List<Transaction> transactions, Map<Long, Account> accounts, Money balance) {
    }

    private final AccountRepository accounts;
    private final TransactionRepository transactions;

    public LedgerService(Book book) {
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
        return new Statement(selected, all.stream().collect(Collectors.toMap(Account::id, Function.identity())), balance);
    }
}

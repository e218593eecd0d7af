package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.List;

import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.PayeeRule;
import uk.supportbudget.domain.ledger.Split;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.TransactionRepository;

/**
 * The example book's ledger extras: a shop receipt split between equipment and something the
 * plan does not allow, a petty cash tin topped up from the bank now and then, and a payee rule, so
 * the Money page shows each of them.
 */
final class DemoLedger {

    private DemoLedger() {
    }

    /** Returns the petty cash account's id. */
    static long fill(Book book, long bankAccountId, LocalDate start, LocalDate today) {
        LedgerService ledger = new LedgerService(book);
        TransactionRepository transactions = new TransactionRepository(book);
        transactions.select(TransactionRepository.Selection.everything()).stream()
                .filter(t -> t.payee().equals("Argos")).findFirst()
                .ifPresent(receipt -> ledger.split(receipt.id(), List.of(
                        new Split(Category.EQUIPMENT, Funder.NHS, Money.parse("49.99"), "Shower stool"),
                        new Split(Category.NOT_ALLOWED, null, Money.parse("15.00"), "Kettle, paid back"))));
        Account cash = new AccountRepository(book).add(new Account(0, "Petty cash", AccountKind.CASH, "", "",
                Money.parse("40.00"), start));
        for (LocalDate day = start.plusDays(11); !day.isAfter(today); day = day.plusMonths(2)) {
            transactions.add(Transaction.of(cash.id(), day, Money.parse("-6.40"), "Westshire Buses",
                    "Bus fares with PA", Category.TRANSPORT, Funder.COUNCIL, "Cash"));
        }
        for (LocalDate day = start.plusMonths(5).plusDays(20); !day.isAfter(today); day = day.plusMonths(6)) {
            transactions.addTransfer(bankAccountId, cash.id(), day, Money.parse("20.00"), "Cash for bus fares");
        }
        new PayeeRuleService(book).add(PayeeRule.of("A1 Taxis", Category.TRANSPORT, Funder.NHS));
        return cash.id();
    }
}

package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.domain.ledger.PayeeRule;
import uk.supportbudget.domain.ledger.Split;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.TransactionRepository;

/** Editing the ledger: splits, transfers, delete and undo, payee rules on entry, all-or-nothing. */
class LedgerServiceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);

    @TempDir
    Path folder;

    private Book book;
    private LedgerService ledger;
    private Account bank;
    private Account card;

    @BeforeEach
    void openBook() {
        book = Book.create(folder.resolve("test.sbook"), "Test",
                Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC));
        ledger = new LedgerService(book);
        AccountRepository accounts = new AccountRepository(book);
        bank = accounts.add(new Account(0, "Bank", AccountKind.BANK, "", "", Money.parse("1000.00"), DAY.minusDays(30)));
        card = accounts.add(new Account(0, "Card", AccountKind.PREPAID_CARD, "", "", Money.ZERO, DAY.minusDays(30)));
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Transaction spend(String amount, String payee, Category category) {
        return ledger.add(Transaction.of(bank.id(), DAY, Money.parse(amount).negate(), payee, "", category, Funder.NHS, "Card"));
    }

    @Test
    void splitSharesAReceiptAndTheTotalsFollowTheParts() {
        Transaction receipt = spend("64.99", "Argos", Category.EQUIPMENT);
        List<Split> saved = ledger.split(receipt.id(), List.of(
                new Split(Category.EQUIPMENT, Funder.NHS, Money.parse("49.99"), "Shower stool"),
                new Split(Category.NOT_ALLOWED, null, Money.parse("15.00"), "Kettle")));
        assertEquals(Money.parse("-15.00"), saved.get(1).amount());
        LedgerRow row = ledger.rows().rows().get(0);
        assertTrue(row.isSplit());
        assertEquals(Category.EQUIPMENT, row.categoryOrNull(), "the largest part stands for the whole");
        assertEquals(-1500, LedgerFilter.everything().withCategory(Category.NOT_ALLOWED).share(row));
        assertEquals(-4999, LedgerFilter.everything().withCategory(Category.EQUIPMENT).share(row));
        assertEquals(-4999, LedgerFilter.everything().withFunder(Funder.NHS).share(row));
        assertFalse(LedgerFilter.everything().withCategory(Category.TRANSPORT).predicate().test(row));
    }

    @Test
    void partsThatDoNotAddUpAreRefusedAndNothingChanges() {
        Transaction receipt = spend("64.99", "Argos", Category.EQUIPMENT);
        Refusal refusal = assertThrows(Refusal.class, () -> ledger.split(receipt.id(), List.of(
                new Split(Category.EQUIPMENT, Funder.NHS, Money.parse("50.00"), ""),
                new Split(Category.NOT_ALLOWED, null, Money.parse("15.00"), ""))));
        assertEquals("The parts add up to £65.00 but the payment is £64.99; change the parts so they add up to it exactly.",
                refusal.getMessage());
        assertEquals(List.of(), ledger.splitsOf(receipt.id()));
        assertFalse(ledger.rows().rows().get(0).isSplit());
    }

    @Test
    void aSplitPaymentKeepsItsAmountUntilThePartsChange() {
        Transaction receipt = spend("64.99", "Argos", Category.EQUIPMENT);
        ledger.split(receipt.id(), List.of(new Split(Category.EQUIPMENT, null, Money.parse("60.00"), ""),
                new Split(Category.NOT_ALLOWED, null, Money.parse("4.99"), "")));
        Transaction changed = new Transaction(receipt.id(), bank.id(), DAY, Money.parse("-70.00"), "Argos", "", Category.EQUIPMENT,
                null, "", "", false, null);
        assertThrows(Refusal.class, () -> ledger.update(changed));
        assertEquals(Money.parse("-64.99"), ledger.byId(receipt.id()).amount());
        ledger.split(receipt.id(), List.of());
        ledger.update(changed);
        assertEquals(Money.parse("-70.00"), ledger.byId(receipt.id()).amount());
    }

    @Test
    void transferMovesMoneyAndEditsAndDeletesBothLegs() {
        List<Transaction> legs = ledger.transfer(bank.id(), card.id(), DAY, Money.parse("120.00"), "Top up");
        assertEquals(2, legs.size());
        TransactionRepository transactions = new TransactionRepository(book);
        assertEquals(Money.parse("880.00"), transactions.balance(bank.id(), null));
        assertEquals(Money.parse("120.00"), transactions.balance(card.id(), null));
        assertEquals(Money.parse("1000.00"), transactions.balance(null, null));

        Transaction out = legs.get(0);
        ledger.update(new Transaction(out.id(), out.accountId(), DAY.plusDays(1), Money.parse("-100.00"), "", "Top up card",
                Category.TRANSFER, null, "Transfer", "", false, out.transferGroup()));
        Transaction in = ledger.byId(legs.get(1).id());
        assertEquals(Money.parse("100.00"), in.amount());
        assertEquals(DAY.plusDays(1), in.date());
        assertThrows(Refusal.class, () -> ledger.update(new Transaction(out.id(), out.accountId(), DAY, Money.parse("-100.00"),
                "", "", Category.EQUIPMENT, null, "", "", false, out.transferGroup())));

        TransactionRepository.Removed removed = ledger.delete(List.of(in.id()));
        assertEquals(2, removed.ids().size(), "deleting one leg deletes the transfer");
        assertEquals(0, transactions.count());
        ledger.restore(removed);
        assertEquals(2, transactions.count());
        assertEquals(Money.parse("100.00"), transactions.balance(card.id(), null));
        assertThrows(Refusal.class, () -> ledger.transfer(bank.id(), bank.id(), DAY, Money.parse("1.00"), ""));
        assertThrows(Refusal.class, () -> ledger.transfer(bank.id(), card.id(), DAY, Money.parse("-1.00"), ""));
    }

    @Test
    void undoPutsBackTheSameRowsWithTheirParts() {
        Transaction receipt = spend("64.99", "Argos", Category.EQUIPMENT);
        Transaction taxi = spend("12.00", "A1 Taxis", Category.TRANSPORT);
        ledger.split(receipt.id(), List.of(new Split(Category.EQUIPMENT, null, Money.parse("60.00"), ""),
                new Split(Category.NOT_ALLOWED, null, Money.parse("4.99"), "")));
        List<LedgerRow> before = ledger.rows().rows();
        TransactionRepository.Removed removed = ledger.delete(List.of(receipt.id(), taxi.id()));
        assertEquals(0, ledger.rows().rows().size());
        ledger.restore(removed);
        List<LedgerRow> after = ledger.rows().rows();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).id(), after.get(i).id());
            assertEquals(before.get(i).pence(), after.get(i).pence());
            assertEquals(before.get(i).isSplit(), after.get(i).isSplit());
        }
        assertEquals(2, ledger.splitsOf(receipt.id()).size());
        assertThrows(Refusal.class, () -> ledger.restore(removed), "undo twice");
    }

    @Test
    void payeeRulesFillTheCategoryOnEntry() {
        new PayeeRuleService(book).add(PayeeRule.of("taxi", Category.TRANSPORT, Funder.NHS));
        Transaction added = ledger.add(Transaction.of(bank.id(), DAY, Money.parse("-9.50"), "A1 TAXIS", "", null, null, ""));
        assertEquals(Category.TRANSPORT, added.category());
        assertEquals(Funder.NHS, added.funder());
        Transaction refund = ledger.add(Transaction.of(bank.id(), DAY, Money.parse("9.50"), "A1 TAXIS", "refund", null, null, ""));
        assertNull(refund.category(), "a rule for spending does not categorise money coming in");
    }

    @Test
    void badEntriesAreRefusedWithASentence() {
        assertEquals("Please enter an amount other than £0.00: money out as a minus, such as -12.50.",
                assertThrows(Refusal.class, () -> spend("0.00", "x", null)).getMessage());
        assertThrows(Refusal.class, () -> ledger.add(Transaction.of(bank.id(), DAY, Money.parse("-1.00"), "", "",
                Category.TRANSFER, null, "")));
        assertThrows(Refusal.class, () -> ledger.delete(List.of(9999L)));
        assertEquals(0, new TransactionRepository(book).count());
    }

    @Test
    void runningBalancePerAccountStartsFromTheOpeningBalance() {
        spend("100.00", "A", Category.EQUIPMENT);
        ledger.transfer(bank.id(), card.id(), DAY, Money.parse("50.00"), "");
        List<LedgerRow> rows = ledger.rows().rows();
        assertEquals(90000, rows.get(0).balanceAfter());
        assertEquals(85000, rows.get(1).balanceAfter());
        assertEquals(5000, rows.get(2).balanceAfter());
    }
}

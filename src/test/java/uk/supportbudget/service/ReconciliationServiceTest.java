package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.LockedEdit;
import uk.supportbudget.domain.ledger.LockedPeriodEdit;
import uk.supportbudget.domain.ledger.Reconciliation;
import uk.supportbudget.domain.ledger.ReconciliationSheet;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.io.bank.ReadOptions;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.ReconciliationRepository.StatementEnd;
import uk.supportbudget.store.TransactionRepository;
import uk.supportbudget.testing.BankFixtures;

class ReconciliationServiceTest {

    @TempDir
    Path folder;

    private Book book;
    private ReconciliationService service;
    private TransactionRepository transactions;
    private long account;
    /** Council 1000.00 on 5 Jan, agency -45.00 on 10 Jan, bus -12.60 on 20 Jan, gym -30.00 on 3 Feb. */
    private List<Transaction> added;

    @BeforeEach
    void openBook() {
        book = Book.create(folder.resolve("test.sbook"), "Test",
                Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
        service = new ReconciliationService(book);
        transactions = new TransactionRepository(book);
        account = new AccountRepository(book).add(new Account(0, "Direct payment account", AccountKind.BANK, "", "",
                Money.parse("100.00"), LocalDate.of(2025, 1, 1))).id();
        added = transactions.addAll(List.of(
                spend("2025-01-05", "1000.00", "Northshire Council", Category.COUNCIL_PAYMENT),
                spend("2025-01-10", "-45.00", "Bright Care", Category.AGENCY_CARE),
                spend("2025-01-20", "-12.60", "Stagecoach", Category.TRANSPORT),
                spend("2025-02-03", "-30.00", "Active Leisure", Category.DAY_ACTIVITIES)));
    }

    @AfterEach
    void closeBook() {
        book.close();
    }

    private Transaction spend(String date, String amount, String payee, Category category) {
        return Transaction.of(account, LocalDate.parse(date), Money.parse(amount), payee, "", category, null, "");
    }

    private void tick(int... indexes) {
        service.setCleared(Arrays.stream(indexes).mapToObj(i -> added.get(i).id()).toList(), true);
    }

    private ReconciliationSheet sheetAt31January(String statementBalance) {
        return service.sheet(account, LocalDate.of(2025, 1, 31), Money.parse(statementBalance));
    }

    @ParameterizedTest(name = "statement {0}, ticked [{1}]: cleared {2}, difference {3}, {4} uncleared")
    @CsvSource(delimiter = ';', value = {
            // statement; ticked; cleared balance; difference; uncleared count
            "1042.40; ''   ; 100.00 ; 942.40; 3",
            "1042.40; 0    ; 1100.00; -57.60; 2",
            "1042.40; 0 1  ; 1055.00; -12.60; 1",
            "1042.40; 0 1 2; 1042.40; 0.00  ; 0",
            "1055.00; 0 1  ; 1055.00; 0.00  ; 1",
            "1000.00; 0 1 2; 1042.40; -42.40; 0"})
    void differenceIsTheStatementLessTheTickedTransactions(String statement, String ticked, String cleared,
                                                            String difference, int uncleared) {
        if (!ticked.isBlank()) {
            tick(Arrays.stream(ticked.strip().split(" ")).mapToInt(Integer::parseInt).toArray());
        }
        ReconciliationSheet sheet = sheetAt31January(statement);
        assertEquals(Money.parse("1042.40"), sheet.ledgerBalance(), "the ledger at 31 Jan leaves out February");
        assertEquals(Money.parse(cleared), sheet.clearedBalance());
        assertEquals(Money.parse(difference), sheet.difference());
        assertEquals(uncleared, sheet.uncleared().size());
        assertEquals(sheet.ledgerBalance().minus(sheet.clearedBalance()), sheet.unclearedTotal());
        assertEquals(Money.parse(difference).isZero(), sheet.canFinish());
    }

    @Test
    void finishingIsRefusedWhileTheBalancesDifferAndNothingIsLocked() {
        tick(0, 1);
        Refusal refusal = assertThrows(Refusal.class,
                () -> service.finish(account, LocalDate.of(2025, 1, 31), Money.parse("1042.40")));
        assertTrue(refusal.getMessage().contains("difference of -£12.60"), refusal.getMessage());
        assertTrue(service.lockedUntil(account).isEmpty());
        assertTrue(service.history(account).isEmpty());
    }

    @Test
    void finishingLocksThePeriodAndMarksTheTickedTransactionsReconciled() {
        tick(0, 1);
        Reconciliation done = service.finish(account, LocalDate.of(2025, 1, 31), Money.parse("1055.00"));
        assertEquals(Money.parse("1042.40"), done.ledgerBalance());
        assertEquals(1, done.unclearedCount(), "the bus fare is not on the statement yet");
        assertEquals(LocalDate.of(2025, 1, 31), service.lockedUntil(account).orElseThrow());

        Set<String> reconciled = transactions.select(TransactionRepository.Selection.everything()).stream()
                .filter(Transaction::reconciled).map(Transaction::payee).collect(Collectors.toSet());
        assertEquals(Set.of("Northshire Council", "Bright Care"), reconciled);

        List<Transaction> now = transactions.select(TransactionRepository.Selection.everything());
        assertTrue(service.isLocked(now.get(2)), "uncleared but inside the reconciled period");
        assertFalse(service.isLocked(now.get(3)), "February is after the statement");

        Refusal again = assertThrows(Refusal.class,
                () -> service.finish(account, LocalDate.of(2025, 1, 31), Money.parse("1055.00")));
        assertTrue(again.getMessage().contains("already reconciled up to 2025-01-31"), again.getMessage());

        // The next statement clears the bus fare and the gym.
        tick(2, 3);
        ReconciliationSheet next = service.sheet(account, LocalDate.of(2025, 2, 28), Money.parse("1012.40"));
        assertEquals(Money.ZERO, next.difference());
        service.finish(account, LocalDate.of(2025, 2, 28), Money.parse("1012.40"));
        assertEquals(LocalDate.of(2025, 2, 28), service.lockedUntil(account).orElseThrow());
    }

    @Test
    void reconciledTransactionsCannotBeUnticked() {
        tick(0, 1, 2);
        service.finish(account, LocalDate.of(2025, 1, 31), Money.parse("1042.40"));
        service.setCleared(List.of(added.get(0).id()), false);
        List<Transaction> uncleared = service.sheet(account, LocalDate.of(2025, 2, 28), Money.parse("1012.40")).uncleared();
        assertEquals(List.of("Active Leisure"), uncleared.stream().map(Transaction::payee).toList());
    }

    @Test
    void editsInALockedPeriodNeedConfirmationAndAreFlagged() {
        tick(0, 1, 2);
        service.finish(account, LocalDate.of(2025, 1, 31), Money.parse("1042.40"));
        Transaction agency = transactions.byId(added.get(1).id()).orElseThrow();
        Transaction changed = new Transaction(agency.id(), agency.accountId(), agency.date(), Money.parse("-54.00"),
                agency.payee(), "corrected", agency.category(), null, "", "", agency.reconciled(), null);

        LockedPeriodEdit refused = assertThrows(LockedPeriodEdit.class, () -> transactions.update(changed, false));
        assertEquals(LocalDate.of(2025, 1, 31), refused.lockedUntil());
        assertEquals(Money.parse("-45.00"), transactions.byId(agency.id()).orElseThrow().amount(), "nothing changed");
        assertTrue(service.flaggedEdits(null, null).isEmpty());

        transactions.update(changed, true);
        assertEquals(Money.parse("-54.00"), transactions.byId(agency.id()).orElseThrow().amount());
        transactions.delete(added.get(2).id(), true);

        List<LockedEdit> flagged = service.flaggedEdits(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        assertEquals(2, flagged.size());
        assertEquals(LockedEdit.Change.EDITED, flagged.get(0).change());
        assertEquals("2025-01-10 -£45.00 Bright Care, Agency care", flagged.get(0).before());
        assertEquals("2025-01-10 -£54.00 Bright Care (corrected), Agency care", flagged.get(0).after());
        assertEquals(LockedEdit.Change.DELETED, flagged.get(1).change());
        assertEquals("", flagged.get(1).after());
        assertTrue(service.flaggedEdits(LocalDate.of(2025, 4, 1), null).isEmpty(), "edits are listed by when they were made");
    }

    @Test
    void deletingInALockedPeriodWithoutConfirmationChangesNothing() {
        tick(0, 1, 2);
        service.finish(account, LocalDate.of(2025, 1, 31), Money.parse("1042.40"));
        assertThrows(LockedPeriodEdit.class, () -> transactions.delete(added.get(1).id(), false));
        assertTrue(transactions.byId(added.get(1).id()).isPresent());
        assertTrue(service.flaggedEdits(null, null).isEmpty());
    }

    @Test
    void editsAfterTheLockAreFreeButMovingOneIntoTheLockedPeriodNeedsConfirmation() {
        tick(0, 1, 2);
        service.finish(account, LocalDate.of(2025, 1, 31), Money.parse("1042.40"));
        Transaction gym = transactions.byId(added.get(3).id()).orElseThrow();
        Transaction renamed = new Transaction(gym.id(), account, gym.date(), gym.amount(), "Active Leisure Centre",
                "", gym.category(), null, "", "", false, null);
        transactions.update(renamed, false);
        assertTrue(service.flaggedEdits(null, null).isEmpty());

        Transaction backdated = new Transaction(gym.id(), account, LocalDate.of(2025, 1, 30), gym.amount(),
                "Active Leisure Centre", "", gym.category(), null, "", "", false, null);
        assertThrows(LockedPeriodEdit.class, () -> transactions.update(backdated, false));
        transactions.update(backdated, true);
        assertEquals(1, service.flaggedEdits(null, null).size());
    }

    @Test
    void anOfxImportRemembersTheStatementsClosingBalanceForTheReconcileScreen() {
        ImportResult result = new ImportService().apply(book, "Card", BankFixtures.bytes("statement-v1.ofx"),
                "statement-v1.ofx", ReadOptions.defaults());
        StatementEnd end = service.lastStatement(result.accountId()).orElseThrow();
        assertEquals(Money.parse("1012.40"), end.closingBalance());
        assertEquals(LocalDate.of(2025, 1, 31), end.closingDate());
        assertEquals("", end.balanceNote());
    }

    @Test
    void aBrokenRunningBalanceIsKeptAsANoteForTheReconcileScreen() {
        String csv = """
                Date,Description,Amount,Balance
                01/02/2025,COUNCIL,1000.00,1000.00
                02/02/2025,AGENCY,-45.00,955.00
                03/02/2025,BUS,-12.60,930.00
                """;
        ImportResult result = new ImportService().apply(book, "Savings", csv.getBytes(StandardCharsets.UTF_8),
                "statement.csv", ReadOptions.defaults());
        StatementEnd end = service.lastStatement(result.accountId()).orElseThrow();
        assertTrue(end.balanceNote().startsWith("Line 4: the bank's balance £930.00"), end.balanceNote());
        assertEquals(null, end.closingBalance());
    }
}

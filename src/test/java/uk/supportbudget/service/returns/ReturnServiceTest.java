package uk.supportbudget.service.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Cycle;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.ManagementMode;
import uk.supportbudget.domain.plan.PlanLine;
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.domain.returns.ReturnChecks;
import uk.supportbudget.domain.returns.Share;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.EvidenceRepository;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.store.ReturnRepository;
import uk.supportbudget.store.SplitRepository;
import uk.supportbudget.store.TransactionRepository;

/** The return against a real book: splits and evidence read from the store, submitting, history. */
class ReturnServiceTest {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);

    @TempDir
    Path folder;
    private Book book;
    private ReturnService service;
    private long account;

    @BeforeEach
    void book() {
        book = Book.create(folder.resolve("t.sbook"), "Sam", Clock.systemUTC());
        new BookInfoRepository(book).save(new BookInfoRepository.BookInfo("Sam", LocalDate.of(1990, 1, 2),
                "Westshire County Council", "REF-1", "", "westshire"));
        new PlanRepository(book).add(new PlanRepository.Draft(new PlanYear(0, START, START.plusYears(1).minusDays(1), ""), List.of("Stay well"),
                List.of(new FundingComponent(0, 0, Funder.COUNCIL, "Westshire", ManagementMode.DIRECT_PAYMENT,
                                Money.parse("300.00"), Cycle.WEEKLY, START),
                        new FundingComponent(0, 0, Funder.NHS, "ICB", ManagementMode.DIRECT_PAYMENT,
                                Money.parse("100.00"), Cycle.WEEKLY, START)),
                List.of(new PlanRepository.DraftLine(new PlanLine(0, 0, Category.PA_WAGES, "PA", Money.parse("10000.00"), null), 0),
                        new PlanRepository.DraftLine(new PlanLine(0, 0, Category.TRANSPORT, "Taxis", Money.parse("500.00"), null), 1))));
        account = new AccountRepository(book).add(new Account(0, "Bank", AccountKind.BANK, "", "1234",
                Money.parse("1000.00"), START)).id();
        service = new ReturnService(book, new CouncilProfiles(folder.resolve("councils")));
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Transaction add(String date, String amount, Category category, Funder funder) {
        return new TransactionRepository(book).add(Transaction.of(account, LocalDate.parse(date), Money.parse(amount),
                "Payee", "", category, funder, "Card"));
    }

    private ReturnService.Prepared april(String funder) {
        return service.prepare(new ReturnService.Request(START, LocalDate.of(2025, 4, 30), null, funder));
    }

    @Test
    void splitRowsDecideCategoryAndFunder() {
        Transaction split = add("2025-04-10", "-100.00", null, null);
        new SplitRepository(book).replace(split.id(), List.of(
                new Share(Category.PA_WAGES, Funder.COUNCIL, Money.parse("-80.00")),
                new Share(Category.TRANSPORT, Funder.NHS, Money.parse("-20.00"))));
        assertEquals(Money.parse("80.00"), april(null).figures().byCategory().get("PA wages"));
        assertEquals(Money.parse("20.00"), april("nhs").figures().byCategory().get("Transport"));
        assertEquals(Money.parse("250.00"), april("nhs").figures().opening(), "1000.00 shared 3:1 by yearly budget");
        assertFalse(april(null).blocked(), "a split transaction is categorised by its rows");
    }

    @Test
    void splitPartsMustAddUp() {
        Transaction t = add("2025-04-10", "-100.00", Category.TRANSPORT, Funder.NHS);
        Refusal refusal = assertThrows(Refusal.class, () -> new SplitRepository(book).replace(t.id(),
                List.of(new Share(Category.TRANSPORT, Funder.NHS, Money.parse("-90.00")))));
        assertTrue(refusal.getMessage().contains("add up to -£90.00 but the payment is -£100.00"));
    }

    @Test
    void evidenceReferencesReachTheLinesAndThePdf() {
        Transaction taxi = add("2025-04-11", "-12.50", Category.TRANSPORT, Funder.NHS);
        EvidenceRepository evidence = new EvidenceRepository(book);
        long id = evidence.add("taxi.png", "image/png", tinyPng());
        evidence.link(taxi.id(), id);
        assertEquals(id, evidence.add("again.png", "image/png", tinyPng()), "the same file is stored once");
        ReturnService.Prepared prepared = april(null);
        assertEquals("EV-" + String.format("%04d", id),
                prepared.figures().moneyOutByCategory().get(0).lines().get(0).evidenceRef());
        byte[] pdf = service.render(prepared, START, p -> { });
        assertTrue(pdf.length > 1000);
        assertTrue(prepared.findings().stream().noneMatch(f -> f.kind() == ReturnChecks.Kind.NO_EVIDENCE));
    }

    @Test
    void changesToAReconciledPeriodAreListedOnTheNextReturn() throws Exception {
        Transaction taxi = add("2025-04-11", "-12.50", Category.TRANSPORT, Funder.NHS);
        var reconciliation = new uk.supportbudget.service.ReconciliationService(book);
        reconciliation.setCleared(List.of(taxi.id()), true);
        reconciliation.finish(account, LocalDate.of(2025, 4, 20), Money.parse("987.50"));
        assertTrue(april(null).findings().stream()
                .noneMatch(f -> f.kind() == ReturnChecks.Kind.CHANGED_AFTER_RECONCILING), "nothing changed yet");

        TransactionRepository transactions = new TransactionRepository(book);
        Transaction changed = new Transaction(taxi.id(), taxi.accountId(), taxi.date(), Money.parse("-21.50"),
                taxi.payee(), taxi.description(), taxi.category(), taxi.funder(), taxi.paymentMethod(), "",
                taxi.reconciled(), null);
        assertThrows(uk.supportbudget.domain.ledger.LockedPeriodEdit.class, () -> transactions.update(changed, false));
        transactions.update(changed, true);

        ReturnService.Prepared prepared = april(null);
        ReturnChecks.Finding finding = prepared.findings().stream()
                .filter(f -> f.kind() == ReturnChecks.Kind.CHANGED_AFTER_RECONCILING).findFirst().orElseThrow();
        assertEquals(1, finding.count());
        byte[] pdf = service.render(prepared, START, p -> { });
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Changes made after a period was checked against the bank"), text);
        }
    }

    @Test
    void paymentsAddedOrImportedIntoAReconciledPeriodAreFlaggedToo() {
        Transaction taxi = add("2025-04-11", "-12.50", Category.TRANSPORT, Funder.NHS);
        var reconciliation = new uk.supportbudget.service.ReconciliationService(book);
        reconciliation.setCleared(List.of(taxi.id()), true);
        reconciliation.finish(account, LocalDate.of(2025, 4, 20), Money.parse("987.50"));

        var ledger = new uk.supportbudget.service.LedgerService(book);
        Transaction late = Transaction.of(account, LocalDate.of(2025, 4, 15), Money.parse("-5.00"), "Bus", "",
                Category.TRANSPORT, Funder.NHS, "Card");
        assertThrows(uk.supportbudget.domain.ledger.LockedPeriodEdit.class, () -> ledger.add(late));
        assertEquals(0, new uk.supportbudget.store.ReconciliationRepository(book)
                .flaggedEdits(START, LocalDate.of(2100, 1, 1)).size(), "nothing is flagged before the person agrees");
        ledger.add(late, true);

        byte[] statement = "Date,Description,Amount\n12/04/2025,MISSED SHOP,-7.00\n25/04/2025,LATER SHOP,-3.00\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        new uk.supportbudget.service.ImportService().apply(book, "Bank", statement, "s.csv",
                uk.supportbudget.io.bank.ReadOptions.defaults());

        var flagged = new uk.supportbudget.store.ReconciliationRepository(book).flaggedEdits(START, LocalDate.of(2100, 1, 1));
        assertEquals(2, flagged.size(), "the confirmed payment and the imported row dated before the 20th: " + flagged);
        assertTrue(flagged.stream().allMatch(e -> e.change() == uk.supportbudget.domain.ledger.LockedEdit.Change.ADDED));
        ReturnChecks.Finding finding = april(null).findings().stream()
                .filter(f -> f.kind() == ReturnChecks.Kind.CHANGED_AFTER_RECONCILING).findFirst().orElseThrow();
        assertEquals(2, finding.count());
        assertTrue(finding.detail().contains("added: "), finding.detail());
    }

    private static byte[] tinyPng() {
        var image = new java.awt.image.BufferedImage(20, 10, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    @Test
    void submittingFreezesTheReturnAndLaterEditsAreFlagged() {
        add("2025-04-10", "-40.00", Category.TRANSPORT, Funder.NHS);
        ReturnService.Prepared prepared = april(null);
        byte[] pdf = service.render(prepared, START, p -> { });
        ReturnRepository.StoredReturn stored = service.submit(prepared, pdf);
        assertEquals(ReturnRepository.Status.SUBMITTED, stored.status());
        assertEquals(List.of(false), service.history().stream().map(ReturnService.HistoryRow::changedSinceSubmitted).toList());
        assertTrue(stored.figuresJson().startsWith("{\"opening\":\"1000.00\""));
        assertEquals(pdf.length, new ReturnRepository(book).pdf(stored.id()).orElseThrow().length);

        var reconciliation = new uk.supportbudget.service.ReconciliationService(book);
        LocalDate statementDate = LocalDate.of(2025, 4, 30);
        reconciliation.setCleared(new TransactionRepository(book).select(new TransactionRepository.Selection(account, null,
                statementDate)).stream().map(Transaction::id).toList(), true);
        reconciliation.finish(account, statementDate, new TransactionRepository(book).balance(account, statementDate));
        assertFalse(service.history().get(0).changedSinceSubmitted(), "ticking off a statement changes nothing");
        new TransactionRepository(book).addAll(List.of(Transaction.of(account, LocalDate.parse("2025-04-20"),
                Money.parse("-5.00"), "Payee", "", Category.TRANSPORT, Funder.NHS, "Card")), true);
        assertTrue(service.history().get(0).changedSinceSubmitted(), "a payment added afterwards is flagged");
        add("2025-05-20", "-5.00", Category.TRANSPORT, Funder.NHS);

        ReturnService.Prepared again = april(null);
        service.submit(again, service.render(again, START, p -> { }));
        List<ReturnService.HistoryRow> history = service.history();
        assertEquals(List.of(ReturnRepository.Status.SUBMITTED, ReturnRepository.Status.SUPERSEDED),
                history.stream().map(r -> r.stored().status()).toList());
        assertFalse(history.get(0).changedSinceSubmitted());
    }

    @Test
    void aReturnWithUncategorisedPaymentsCannotBeSubmitted() {
        add("2025-04-10", "-40.00", null, null);
        ReturnService.Prepared prepared = april(null);
        assertTrue(prepared.blocked());
        Refusal refusal = assertThrows(Refusal.class, () -> service.submit(prepared, new byte[] {1}));
        assertTrue(refusal.getMessage().contains("without a category"));
        assertEquals(List.of(), service.history());
    }

    @Test
    void periodsAreSuggestedFromTheProfile() {
        List<ReturnService.SuggestedPeriod> periods = service.suggestedPeriods(
                service.profiles().find("westshire"), LocalDate.of(2025, 8, 1));
        assertEquals(4, periods.size());
        assertEquals(LocalDate.of(2025, 7, 28), periods.get(0).due());
    }
}

package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import uk.supportbudget.domain.ledger.PayeeRule;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.io.bank.ReadOptions;
import uk.supportbudget.io.bank.RejectedRow;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.PayeeRuleRepository;
import uk.supportbudget.store.StoreException;
import uk.supportbudget.store.TransactionRepository;
import uk.supportbudget.testing.BankFixtures;

class ImportServiceTest {

    private static final String ACCOUNT = "Direct payment account";

    @TempDir
    Path folder;

    private Book book;
    private final ImportService imports = new ImportService();

    @BeforeEach
    void openBook() {
        book = Book.create(folder.resolve("test.sbook"), "Test",
                Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void closeBook() {
        book.close();
    }

    private ImportResult importFixture(String name) {
        return imports.apply(book, ACCOUNT, BankFixtures.bytes(name), name, ReadOptions.defaults());
    }

    private ImportResult importText(String csv) {
        return imports.apply(book, ACCOUNT, csv.getBytes(StandardCharsets.UTF_8), "statement.csv", ReadOptions.defaults());
    }

    private long count(String sql) {
        return book.read(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private List<Transaction> ledger() {
        return new TransactionRepository(book).select(TransactionRepository.Selection.everything());
    }

    @Test
    void firstImportCreatesABankAccountOpeningOnTheEarliestRowAndImportsEveryRow() {
        ImportResult result = importFixture("lloyds.csv");
        ImportPreview report = result.report();
        assertEquals("csv", report.format());
        assertEquals(4, report.rowCount());
        assertEquals(4, report.importedCount());
        assertEquals(0, report.duplicateCount());
        assertEquals(List.of(), report.rejected());
        assertTrue(result.accountCreated());

        Account account = new AccountRepository(book).byName(ACCOUNT).orElseThrow();
        assertEquals(AccountKind.BANK, account.kind());
        assertEquals(Money.ZERO, account.openingBalance());
        assertEquals(LocalDate.of(2025, 1, 20), account.openingOn());
        assertEquals(result.accountId(), account.id());

        List<Transaction> rows = ledger();
        assertEquals(4, rows.size());
        assertEquals(Money.ofPence(-18000), rows.get(0).amount());
        assertEquals(Money.ofPence(125000 - 4500 - 1260 - 18000), new TransactionRepository(book).balance(account.id(), null));
        assertNull(rows.get(0).category(), "no rules yet: every row needs a category");
        assertEquals(4, report.needsCategoryCount());
    }

    @Test
    void eachImportedRowKeepsItsSourceAndTheBatchIsRecorded() {
        ImportResult result = importFixture("statement-v1.ofx");
        long batch = result.batchId();
        List<String> seen = book.read(connection -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT source_line, bank_id, import_key FROM txn WHERE import_batch_id = ? ORDER BY source_line""")) {
                select.setLong(1, batch);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getInt(1) + " " + rows.getString(2) + " " + rows.getString(3));
                    }
                }
            }
            return found;
        });
        assertEquals(result.report().importedCount(), seen.size());
        assertTrue(seen.get(0).contains(" 202501240001 id:202501240001"), seen.toString());
        assertEquals(1, count("SELECT count(*) FROM import_batch WHERE file_name = 'statement-v1.ofx' AND format = 'ofx'"
                + " AND imported = " + seen.size() + " AND rows = " + result.report().rowCount()));
    }

    @Test
    void keysWithoutABankIdAreDateAmountAndNormalisedText() {
        importText("Date,Description,Amount\n01/02/2025,  Bright-Care   agency ,-45.00\n");
        assertEquals(1, count("SELECT count(*) FROM txn WHERE import_key = '2025-02-01|-4500|BRIGHTCARE AGENCY'"
                + " AND bank_id IS NULL AND source_line = 2"));
    }

    @Test
    void importingTheSameFileAgainImportsNothingAndCallsEveryRowADuplicate() {
        for (String fixture : List.of("lloyds.csv", "monzo.csv", "dmy.qif", "statement-v2.ofx", "santander.txt")) {
            String account = "Account for " + fixture;
            ImportResult first = imports.apply(book, account, BankFixtures.bytes(fixture), fixture, ReadOptions.defaults());
            long before = count("SELECT count(*) FROM txn");
            ImportResult again = imports.apply(book, account, BankFixtures.bytes(fixture), fixture, ReadOptions.defaults());
            assertEquals(0, again.report().importedCount(), fixture);
            assertEquals(first.report().rowCount(), again.report().duplicateCount(), fixture);
            assertEquals(before, count("SELECT count(*) FROM txn"), fixture);
            assertFalse(again.accountCreated());
        }
    }

    @Test
    void anOverlappingStatementAddsOnlyTheRowsOutsideTheOverlap() {
        importText("""
                Date,Description,Amount
                01/02/2025,NORTHSHIRE COUNCIL,1000.00
                02/02/2025,BRIGHT CARE AGENCY,-45.00
                03/02/2025,STAGECOACH BUS,-12.60
                """);
        ImportResult second = importText("""
                Date,Description,Amount
                02/02/2025,Bright Care Agency,-45.00
                03/02/2025,STAGECOACH BUS,-12.60
                04/02/2025,ACTIVE LEISURE GYM,-25.00
                05/02/2025,NEST PENSIONS,-31.20
                """);
        assertEquals(4, second.report().rowCount());
        assertEquals(2, second.report().importedCount());
        assertEquals(2, second.report().duplicateCount());
        assertEquals(List.of(ImportPreview.Status.DUPLICATE, ImportPreview.Status.DUPLICATE, ImportPreview.Status.NEW,
                ImportPreview.Status.NEW), second.report().rows().stream().map(ImportPreview.Row::status).toList());
        assertEquals(5, ledger().size());
    }

    @Test
    void twoIdenticalRowsInOneFileAreTwoTransactions() {
        String twoFares = """
                Date,Description,Amount
                03/02/2025,STAGECOACH BUS,-2.00
                03/02/2025,STAGECOACH BUS,-2.00
                """;
        assertEquals(2, importText(twoFares).report().importedCount());
        ImportResult again = importText(twoFares);
        assertEquals(0, again.report().importedCount());
        assertEquals(2, again.report().duplicateCount());
        ImportResult threeFares = importText(twoFares + "03/02/2025,STAGECOACH BUS,-2.00\n");
        assertEquals(1, threeFares.report().importedCount());
        assertEquals(3, ledger().size());
    }

    @Test
    void sameRowsInAnotherAccountAreNotDuplicates() {
        importFixture("lloyds.csv");
        ImportResult other = imports.apply(book, "Prepaid card", BankFixtures.bytes("lloyds.csv"), "lloyds.csv",
                ReadOptions.defaults());
        assertEquals(4, other.report().importedCount());
    }

    @Test
    void rejectedLinesAreReportedWithTheirLineNumbersAndTheRestImported() {
        ImportResult result = importFixture("bad-rows.csv");
        ImportPreview report = result.report();
        assertEquals(5, report.rowCount());
        assertEquals(3, report.importedCount());
        assertEquals(List.of(new RejectedRow(3, "Line 3: 31/02/2025 is not a date."),
                new RejectedRow(5, "Line 5: \"twelve pounds\" is not an amount.")), report.rejected());
        assertEquals(List.of(2, 3, 4, 5, 6), report.rows().stream().map(ImportPreview.Row::line).toList());
        assertEquals(report.rowCount(), report.importedCount() + report.duplicateCount() + report.rejectedCount());
        assertEquals(1, count("SELECT count(*) FROM import_batch WHERE rejected = 2 AND imported = 3"));
    }

    @Test
    void thePreviewWritesNothingNotEvenTheAccountAndMatchesWhatTheImportDoes() {
        ImportPreview preview = imports.preview(book, ACCOUNT, BankFixtures.bytes("bad-rows.csv"), "bad-rows.csv",
                ReadOptions.defaults());
        assertTrue(preview.createsAccount());
        assertTrue(new AccountRepository(book).all().isEmpty());
        assertEquals(0, count("SELECT count(*) FROM import_batch"));

        ImportResult result = imports.apply(book, preview);
        assertEquals(preview.rows(), result.report().rows());
        assertEquals(3, ledger().size());

        ImportPreview second = imports.preview(book, ACCOUNT, BankFixtures.bytes("bad-rows.csv"), "bad-rows.csv",
                ReadOptions.defaults());
        assertEquals(0, second.importedCount());
        assertEquals(3, second.duplicateCount());
    }

    @Test
    void applyingAStalePreviewIsRefusedAndChangesNothing() {
        ImportPreview preview = imports.preview(book, ACCOUNT, BankFixtures.bytes("lloyds.csv"), "lloyds.csv",
                ReadOptions.defaults());
        importFixture("lloyds.csv"); // someone imported it meanwhile
        long before = count("SELECT count(*) FROM txn");
        Refusal refusal = assertThrows(Refusal.class, () -> imports.apply(book, preview));
        assertTrue(refusal.getMessage().contains("look at the preview again"), refusal.getMessage());
        assertEquals(before, count("SELECT count(*) FROM txn"));
        assertEquals(1, count("SELECT count(*) FROM import_batch"));
    }

    @Test
    void aFileThatIsNotAStatementIsRefusedAndTheAccountIsNotCreated() {
        assertThrows(Refusal.class, () -> importFixture("not-a-statement.txt"));
        assertThrows(Refusal.class, () -> imports.preview(book, ACCOUNT, BankFixtures.bytes("not-a-statement.txt"),
                "not-a-statement.txt", ReadOptions.defaults()));
        assertTrue(new AccountRepository(book).all().isEmpty());
        assertEquals(0, count("SELECT count(*) FROM import_batch"));
    }

    @Test
    void aBlankAccountNameIsRefused() {
        assertThrows(Refusal.class, () -> imports.apply(book, " ", BankFixtures.bytes("lloyds.csv"), "lloyds.csv",
                ReadOptions.defaults()));
    }

    @Test
    void aFailureHalfWayThroughLeavesTheBookExactlyAsItWas() {
        importFixture("firstdirect.csv");
        long transactions = count("SELECT count(*) FROM txn");
        book.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TRIGGER fail_on_gym BEFORE INSERT ON txn WHEN NEW.description LIKE '%GYM%'
                        BEGIN SELECT RAISE(ABORT, 'disk full'); END""");
            }
            return null;
        });
        String statement = """
                Date,Description,Amount
                01/02/2025,NORTHSHIRE COUNCIL,1000.00
                03/02/2025,ACTIVE LEISURE GYM,-25.00
                05/02/2025,NEST PENSIONS,-31.20
                """;
        assertThrows(StoreException.class, () -> imports.apply(book, "New account",
                statement.getBytes(StandardCharsets.UTF_8), "x.csv", ReadOptions.defaults()));
        assertThrows(StoreException.class, () -> importText(statement));
        assertEquals(transactions, count("SELECT count(*) FROM txn"));
        assertEquals(1, count("SELECT count(*) FROM import_batch"));
        assertTrue(new AccountRepository(book).byName("New account").isEmpty());
    }

    @Test
    void payeeRulesGiveImportedRowsTheirCategoryAndFunder() {
        PayeeRuleRepository rules = new PayeeRuleRepository(book);
        rules.add(PayeeRule.of("bright care", Category.AGENCY_CARE, Funder.COUNCIL));
        rules.add(PayeeRule.of("Northshire Council", Category.COUNCIL_PAYMENT, Funder.COUNCIL));
        ImportResult result = importFixture("lloyds.csv");
        assertEquals(2, result.report().needsCategoryCount(), "the bus and the wages still need one");
        List<Transaction> rows = ledger();
        Transaction agency = rows.stream().filter(t -> t.description().contains("BRIGHT")).findFirst().orElseThrow();
        assertEquals(Category.AGENCY_CARE, agency.category());
        assertEquals(Funder.COUNCIL, agency.funder());
        Transaction council = rows.stream().filter(t -> t.description().contains("NORTHSHIRE")).findFirst().orElseThrow();
        assertEquals(Category.COUNCIL_PAYMENT, council.category());
        assertEquals(2, rows.stream().filter(t -> t.category() == null).count());
    }

    @Test
    void aFileWithNoReadableRowDoesNotCreateTheAccount() {
        ImportResult result = importText("Date,Description,Amount\n31/02/2025,BUS,-2.00\n30/02/2025,BUS,-2.00\n");
        assertEquals(2, result.report().rowCount());
        assertEquals(2, result.report().rejectedCount());
        assertFalse(result.accountCreated());
        assertNull(result.batchId());
        assertTrue(new AccountRepository(book).all().isEmpty());
    }

    @Test
    void anExistingAccountIsUsedWhateverTheCaseOfItsName() {
        Account existing = new AccountRepository(book).add(new Account(0, ACCOUNT, AccountKind.PREPAID_CARD, "", "",
                Money.ofPence(5000), LocalDate.of(2024, 4, 1)));
        ImportResult result = imports.apply(book, ACCOUNT.toUpperCase(), BankFixtures.bytes("prepaid.csv"),
                "prepaid.csv", ReadOptions.defaults());
        assertFalse(result.accountCreated());
        assertEquals(existing.id(), result.accountId());
        assertNotNull(result.batchId());
        assertEquals(1, new AccountRepository(book).all().size());
    }

    @Test
    void rulesSuggestedFromHistoryCategoriseTheNextImport() {
        importFixture("lloyds.csv");
        TransactionRepository repository = new TransactionRepository(book);
        long account = new AccountRepository(book).byName(ACCOUNT).orElseThrow().id();
        repository.addAll(List.of(
                Transaction.of(account, LocalDate.of(2025, 2, 7), Money.ofPence(-4500), "", "BRIGHT CARE AGENCY",
                        Category.AGENCY_CARE, Funder.COUNCIL, ""),
                Transaction.of(account, LocalDate.of(2025, 2, 14), Money.ofPence(-4500), "", "BRIGHT CARE AGENCY",
                        Category.AGENCY_CARE, Funder.COUNCIL, "")));
        PayeeRuleService service = new PayeeRuleService(book);
        List<uk.supportbudget.domain.ledger.PayeeRules.Suggestion> suggestions = service.suggestions();
        assertEquals(1, suggestions.size());
        uk.supportbudget.domain.ledger.PayeeRules.Suggestion suggestion = suggestions.get(0);
        assertEquals("BRIGHT CARE AGENCY", suggestion.contains());
        service.add(PayeeRule.of(suggestion.contains(), suggestion.category(), suggestion.funder()));
        assertEquals(List.of(), service.suggestions());
        assertEquals(Category.AGENCY_CARE, service.ruleFor("", "Bright Care Agency DD", Money.ofPence(-100))
                .orElseThrow().category());

        ImportResult next = importText("Date,Description,Amount\n21/02/2025,BRIGHT CARE AGENCY,-45.00\n");
        assertEquals(0, next.report().needsCategoryCount());
        assertEquals(Category.AGENCY_CARE, next.report().newRows().get(0).category());
    }
}

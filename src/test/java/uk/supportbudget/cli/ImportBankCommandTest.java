package uk.supportbudget.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import uk.supportbudget.testing.BankFixtures;
import uk.supportbudget.testing.CliRun;

class ImportBankCommandTest {

    @TempDir
    Path folder;

    private Path book;

    @BeforeEach
    void newBook() {
        book = folder.resolve("jane.sbook");
        CliRun created = CliRun.of("new-book", "--book", book.toString());
        assertEquals(0, created.exit(), created::toString);
    }

    private CliRun importBank(String account, Path statement, String... more) {
        List<String> args = new ArrayList<>(List.of("import-bank", "--book", book.toString(), "--account", account,
                "--file", statement.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private JsonNode ledger(String account) {
        CliRun run = CliRun.of("ledger", "--book", book.toString(), "--account", account);
        assertEquals(0, run.exit(), run::toString);
        return run.json();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void importPrintsTheReportAndCreatesTheAccount() {
        CliRun run = importBank("Direct payment", BankFixtures.path("lloyds.csv"));
        assertEquals(0, run.exit(), run::toString);
        JsonNode report = run.json();
        assertEquals(List.of("format", "rows", "imported", "duplicates", "rejected"), fieldNames(report).subList(0, 5));
        assertEquals("csv", report.get("format").asText());
        assertEquals(4, report.get("rows").asInt());
        assertEquals(4, report.get("imported").asInt());
        assertEquals(0, report.get("duplicates").asInt());
        assertEquals(0, report.get("rejected").size());
        assertTrue(report.get("accountCreated").asBoolean());

        JsonNode ledger = ledger("Direct payment");
        assertEquals(4, ledger.get("transactions").size());
        assertEquals("2025-01-20", ledger.get("transactions").get(0).get("date").asText());
        assertEquals("-180.00", ledger.get("transactions").get(0).get("amount").asText());
        assertEquals("1012.40", ledger.get("balance").asText());
    }

    @Test
    void importingTheSameFileAgainReportsEveryRowAsADuplicate() {
        for (String fixture : List.of("lloyds.csv", "dmy.qif", "statement-v1.ofx")) {
            String account = "Account " + fixture;
            JsonNode first = importBank(account, BankFixtures.path(fixture)).json();
            CliRun again = importBank(account, BankFixtures.path(fixture));
            assertEquals(0, again.exit(), again::toString);
            JsonNode report = again.json();
            assertEquals(0, report.get("imported").asInt(), fixture);
            assertEquals(first.get("rows").asInt(), report.get("duplicates").asInt(), fixture);
            assertEquals(first.get("rows").asInt(), report.get("rows").asInt(), fixture);
            assertFalse(report.get("accountCreated").asBoolean());
            assertEquals(first.get("imported").asInt(), ledger(account).get("transactions").size());
        }
    }

    @Test
    void formatIsPrintedInLowerCase() {
        assertEquals("csv", importBank("A", BankFixtures.path("monzo.csv")).json().get("format").asText());
        assertEquals("qif", importBank("B", BankFixtures.path("dmy.qif")).json().get("format").asText());
        assertEquals("ofx", importBank("C", BankFixtures.path("statement-v1.ofx")).json().get("format").asText());
        assertEquals("ofx", importBank("D", BankFixtures.path("statement-v2.ofx"), "--format", "ofx")
                .json().get("format").asText());
        assertEquals("csv", importBank("E", BankFixtures.path("hsbc.csv"), "--format", "CSV")
                .json().get("format").asText());
    }

    @Test
    void rejectedLinesComeWithTheirOneBasedLineNumbers() {
        CliRun run = importBank("Direct payment", BankFixtures.path("bad-rows.csv"));
        assertEquals(0, run.exit(), run::toString);
        JsonNode report = run.json();
        assertEquals(5, report.get("rows").asInt());
        assertEquals(3, report.get("imported").asInt());
        JsonNode rejected = report.get("rejected");
        assertEquals(2, rejected.size());
        assertEquals(3, rejected.get(0).get("line").asInt());
        assertEquals("Line 3: 31/02/2025 is not a date.", rejected.get(0).get("reason").asText());
        assertEquals(5, rejected.get(1).get("line").asInt());
        assertEquals(report.get("rows").asInt(), report.get("imported").asInt() + report.get("duplicates").asInt()
                + rejected.size());
    }

    @Test
    void dryRunPrintsTheSameReportAndWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(book);
        CliRun dry = importBank("Direct payment", BankFixtures.path("bad-rows.csv"), "--dry-run");
        assertEquals(0, dry.exit(), dry::toString);
        assertArrayEquals(before, Files.readAllBytes(book));
        assertEquals(1, CliRun.of("ledger", "--book", book.toString(), "--account", "Direct payment").exit(),
                "the account is not created by a dry run");

        CliRun real = importBank("Direct payment", BankFixtures.path("bad-rows.csv"));
        for (String field : List.of("format", "rows", "imported", "duplicates", "rejected", "needsCategory")) {
            assertEquals(real.json().get(field), dry.json().get(field), field);
        }
        assertTrue(dry.json().get("dryRun").asBoolean());

        byte[] afterImport = Files.readAllBytes(book);
        CliRun dryAgain = importBank("Direct payment", BankFixtures.path("bad-rows.csv"), "--dry-run");
        assertEquals(0, dryAgain.json().get("imported").asInt());
        assertEquals(3, dryAgain.json().get("duplicates").asInt());
        assertArrayEquals(afterImport, Files.readAllBytes(book));
    }

    @Test
    void anOverlappingStatementAddsOnlyNewRows() throws Exception {
        Path january = Files.writeString(folder.resolve("jan.csv"), """
                Date,Description,Amount
                30/01/2025,NORTHSHIRE COUNCIL,1000.00
                31/01/2025,BRIGHT CARE AGENCY,-45.00
                """);
        Path overlap = Files.writeString(folder.resolve("late-jan.csv"), """
                Date,Description,Amount
                31/01/2025,BRIGHT CARE AGENCY,-45.00
                01/02/2025,STAGECOACH BUS,-2.00
                01/02/2025,STAGECOACH BUS,-2.00
                """);
        importBank("Bank", january);
        JsonNode report = importBank("Bank", overlap).json();
        assertEquals(3, report.get("rows").asInt());
        assertEquals(2, report.get("imported").asInt(), "both identical bus fares are kept");
        assertEquals(1, report.get("duplicates").asInt());
        assertEquals("951.00", ledger("Bank").get("balance").asText());
    }

    @Test
    void aFileThatIsNotAStatementExitsOneAndLeavesTheBookAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(book);
        CliRun run = importBank("Direct payment", BankFixtures.path("not-a-statement.txt"));
        assertEquals(1, run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals(1, run.err().strip().lines().count(), run::toString);
        assertTrue(run.err().contains("does not look like a bank statement"), run::toString);
        assertArrayEquals(before, Files.readAllBytes(book));
        assertEquals(1, CliRun.of("ledger", "--book", book.toString(), "--account", "Direct payment").exit());

        Path picture = Files.write(folder.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertEquals(1, importBank("Direct payment", picture).exit());
        assertArrayEquals(before, Files.readAllBytes(book));
    }

    @Test
    void aMissingStatementOrBookExitsOneAndCreatesNothing() {
        CliRun noFile = importBank("Direct payment", folder.resolve("nothing.csv"));
        assertEquals(1, noFile.exit(), noFile::toString);
        assertTrue(noFile.err().contains("There is no statement file"), noFile::toString);

        CliRun folderGiven = importBank("Direct payment", folder);
        assertEquals(1, folderGiven.exit(), folderGiven::toString);

        Path missing = folder.resolve("nobody.sbook");
        for (String[] extra : new String[][] {{}, {"--dry-run"}}) {
            List<String> args = new ArrayList<>(List.of("import-bank", "--book", missing.toString(), "--account", "A",
                    "--file", BankFixtures.path("lloyds.csv").toString()));
            args.addAll(List.of(extra));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(1, run.exit(), run::toString);
            assertTrue(run.err().contains("There is no budget book"), run::toString);
            assertFalse(Files.exists(missing));
        }
    }

    @Test
    void usageErrorsExitTwo() {
        String lloyds = BankFixtures.path("lloyds.csv").toString();
        assertEquals(2, CliRun.of("import-bank", "--book", book.toString(), "--file", lloyds).exit());
        assertEquals(2, CliRun.of("import-bank", "--book", book.toString(), "--account", "A").exit());
        assertEquals(2, CliRun.of("import-bank", "--account", "A", "--file", lloyds).exit());
        assertEquals(2, importBank("A", BankFixtures.path("lloyds.csv"), "--format", "xls").exit());
        assertEquals(2, importBank("A", BankFixtures.path("lloyds.csv"), "--date-order", "ymd").exit());
        assertEquals(0, CliRun.of("import-bank", "--help").exit());
        assertTrue(CliRun.of("--help").out().contains("import-bank"));
    }

    @Test
    void dateOrderCanBeGivenForAmbiguousDates() throws Exception {
        Path statement = Files.writeString(folder.resolve("us.csv"), """
                Date,Description,Amount
                02/03/2025,STAGECOACH BUS,-2.00
                """, StandardCharsets.UTF_8);
        importBank("UK", statement);
        importBank("US", statement, "--date-order", "mdy");
        assertEquals("2025-03-02", ledger("UK").get("transactions").get(0).get("date").asText());
        assertEquals("2025-02-03", ledger("US").get("transactions").get(0).get("date").asText());
    }

    @Test
    void payeeRulesCategoriseImportedRowsAndTheRestAreCounted() throws Exception {
        try (var open = uk.supportbudget.store.Book.open(book, java.time.Clock.systemUTC())) {
            new uk.supportbudget.store.PayeeRuleRepository(open).add(uk.supportbudget.domain.ledger.PayeeRule.of(
                    "stagecoach", uk.supportbudget.domain.ledger.Category.TRANSPORT,
                    uk.supportbudget.domain.ledger.Funder.COUNCIL));
        }
        JsonNode report = importBank("Direct payment", BankFixtures.path("firstdirect.csv")).json();
        assertEquals(2, report.get("needsCategory").asInt());
        JsonNode bus = ledger("Direct payment").get("transactions").get(1);
        assertEquals("Transport", bus.get("category").asText());
        assertEquals("Council", bus.get("fundingSource").asText());
    }
}

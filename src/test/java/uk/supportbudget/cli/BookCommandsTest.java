package uk.supportbudget.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import uk.supportbudget.testing.CliRun;
import uk.supportbudget.testing.HoldBook;

class BookCommandsTest {

    @TempDir
    Path folder;

    @Test
    void helpListsEveryCommandAndExitsZero() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exit(), run::toString);
        for (String command : new String[] {"new-book", "demo-book", "check", "backup", "restore", "ledger", "import-bank", "payroll-calc"}) {
            assertTrue(run.out().contains(command), command);
            assertEquals(0, CliRun.of(command, "--help").exit(), command);
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, CliRun.of("ledger", "--bogus").exit());
        assertEquals(2, CliRun.of("ledger").exit());
        assertEquals(2, CliRun.of("nonsense").exit());
    }

    @Test
    void newBookIsCreatedOwnerOnlyAndPassesCheck() throws Exception {
        Path book = folder.resolve("jane.sbook");
        CliRun created = CliRun.of("new-book", "--book", book.toString(), "--name", "Jane Doe");
        assertEquals(0, created.exit(), created::toString);
        assertEquals("Jane Doe", created.json().get("name").asText());
        if (Files.getFileStore(book).supportsFileAttributeView("posix")) {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                    Files.getPosixFilePermissions(book));
        }
        CliRun check = CliRun.of("check", "--book", book.toString());
        assertEquals(0, check.exit(), check::toString);
        assertTrue(check.json().get("ok").asBoolean());
    }

    @Test
    void newBookRefusesToOverwrite() throws Exception {
        Path existing = Files.writeString(folder.resolve("notes.sbook"), "my notes");
        CliRun run = CliRun.of("new-book", "--book", existing.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("already a file"), run::toString);
        assertEquals("my notes", Files.readString(existing));
    }

    @Test
    void demoBookHasAccountsAndMonthsOfTransactions() {
        Path book = folder.resolve("demo.sbook");
        CliRun run = CliRun.of("demo-book", "--book", book.toString());
        assertEquals(0, run.exit(), run::toString);
        // bank account, prepaid card and the petty cash tin
        assertEquals(3, run.json().get("accounts").asInt());
        assertTrue(run.json().get("transactions").asInt() > 100);
        JsonNode ledger = CliRun.of("ledger", "--book", book.toString()).json();
        JsonNode rows = ledger.get("transactions");
        String first = rows.get(0).get("date").asText();
        String last = rows.get(rows.size() - 1).get("date").asText();
        assertTrue(java.time.LocalDate.parse(first).plusMonths(6).isBefore(java.time.LocalDate.parse(last)),
                first + " .. " + last);
        assertEquals(0, CliRun.of("check", "--book", book.toString()).exit());
        // the split shop receipt lists its parts; its category is the largest part's
        JsonNode split = null;
        for (JsonNode row : rows) {
            if (row.has("splits")) {
                split = row;
            }
        }
        assertTrue(split != null, "one transaction is split");
        assertEquals("Equipment", split.get("category").asText());
        assertEquals("-49.99", split.get("splits").get(0).get("amount").asText());
        assertEquals("Not allowed (to pay back)", split.get("splits").get(1).get("category").asText());
    }

    @Test
    void ledgerBalanceIncludesOpeningBalanceAndIgnoresFrom() {
        Path book = folder.resolve("demo.sbook");
        CliRun.of("demo-book", "--book", book.toString());
        JsonNode all = CliRun.of("ledger", "--book", book.toString(), "--account", "Prepaid card").json();
        JsonNode late = CliRun.of("ledger", "--book", book.toString(), "--account", "prepaid CARD",
                "--from", "2100-01-01").json();
        assertEquals(all.get("balance").asText(), late.get("balance").asText());
        assertEquals(0, late.get("transactions").size());
        long pence = 12000; // the prepaid card's opening balance
        for (JsonNode row : all.get("transactions")) {
            assertEquals("Prepaid card", row.get("account").asText());
            pence += new java.math.BigDecimal(row.get("amount").asText()).movePointRight(2).longValueExact();
        }
        assertEquals(uk.supportbudget.domain.money.Money.ofPence(pence).plain(), all.get("balance").asText());
    }

    @Test
    void ledgerToDateCutsTheBalance() {
        Path book = folder.resolve("demo.sbook");
        CliRun.of("demo-book", "--book", book.toString());
        JsonNode all = CliRun.of("ledger", "--book", book.toString()).json();
        String firstDate = all.get("transactions").get(0).get("date").asText();
        JsonNode firstDay = CliRun.of("ledger", "--book", book.toString(), "--to", firstDate).json();
        for (JsonNode row : firstDay.get("transactions")) {
            assertEquals(firstDate, row.get("date").asText());
        }
        assertFalse(all.get("balance").asText().equals(firstDay.get("balance").asText()));
    }

    @Test
    void unknownAccountIsRefused() {
        Path book = folder.resolve("demo.sbook");
        CliRun.of("demo-book", "--book", book.toString());
        CliRun run = CliRun.of("ledger", "--book", book.toString(), "--account", "Savings");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no account called \"Savings\""), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void badDateIsAUsageError() {
        Path book = folder.resolve("demo.sbook");
        CliRun.of("demo-book", "--book", book.toString());
        assertEquals(2, CliRun.of("ledger", "--book", book.toString(), "--from", "31/01/2026").exit());
    }

    @Test
    void missingBookIsRefusedAndNotCreated() {
        Path missing = folder.resolve("nobody.sbook");
        for (String command : new String[] {"ledger", "check"}) {
            CliRun run = CliRun.of(command, "--book", missing.toString());
            assertEquals(1, run.exit(), run::toString);
            assertTrue(run.err().contains("There is no budget book"), run::toString);
            assertFalse(Files.exists(missing));
        }
    }

    @Test
    void aFileThatIsNotABookIsRefusedAndUnchanged() throws Exception {
        Path text = Files.writeString(folder.resolve("shopping.sbook"), "eggs, milk, bread\n".repeat(20));
        byte[] before = Files.readAllBytes(text);
        for (String command : new String[] {"ledger", "check"}) {
            CliRun run = CliRun.of(command, "--book", text.toString());
            assertEquals(1, run.exit(), run::toString);
            assertTrue(run.err().contains("not a Support Budget book"), run::toString);
        }
        assertArrayEquals(before, Files.readAllBytes(text));
        assertFalse(Files.exists(folder.resolve("shopping.sbook-wal")));
    }

    @Test
    void aSqliteFileThatIsNotABookIsRefused() throws Exception {
        Path other = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (x)");
        }
        byte[] before = Files.readAllBytes(other);
        CliRun run = CliRun.of("ledger", "--book", other.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("not a Support Budget book"), run::toString);
        assertArrayEquals(before, Files.readAllBytes(other));
    }

    @Test
    void aBookFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path book = folder.resolve("future.sbook");
        CliRun.of("new-book", "--book", book.toString());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + book);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(book);
        for (String command : new String[] {"ledger", "check"}) {
            CliRun run = CliRun.of(command, "--book", book.toString());
            assertEquals(1, run.exit(), run::toString);
            assertTrue(run.err().contains("newer version of Support Budget"), run::toString);
        }
        CliRun backup = CliRun.of("backup", "--book", book.toString(), "--to", folder.resolve("b.sbook").toString());
        assertEquals(1, backup.exit());
        assertArrayEquals(before, Files.readAllBytes(book));
    }

    @Test
    void aSecondProcessIsRefusedUntilTheFirstDiesEvenByKill9() throws Exception {
        Path book = folder.resolve("shared.sbook");
        CliRun.of("demo-book", "--book", book.toString());
        Process holder = HoldBook.start(book);
        try {
            CliRun run = CliRun.of("ledger", "--book", book.toString());
            assertEquals(1, run.exit(), run::toString);
            assertTrue(run.err().contains("This budget book is open in another window (pid " + holder.pid() + ")"),
                    run::toString);
            assertEquals(1, CliRun.of("backup", "--book", book.toString(), "--to",
                    folder.resolve("copy.sbook").toString()).exit());
        } finally {
            holder.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no clean close
        }
        CliRun after = CliRun.of("ledger", "--book", book.toString());
        assertEquals(0, after.exit(), after::toString);
        assertEquals(0, CliRun.of("check", "--book", book.toString()).exit());
    }

    @Test
    void backupIsVerifiedAndRestoreKeepsTheReplacedBookAside() throws Exception {
        Path book = folder.resolve("demo.sbook");
        Path copy = folder.resolve("copy.sbook");
        CliRun.of("demo-book", "--book", book.toString());
        String balance = CliRun.of("ledger", "--book", book.toString()).json().get("balance").asText();
        CliRun backup = CliRun.of("backup", "--book", book.toString(), "--to", copy.toString());
        assertEquals(0, backup.exit(), backup::toString);
        assertTrue(backup.json().get("verified").asBoolean());
        assertEquals(0, CliRun.of("check", "--book", copy.toString()).exit());

        Files.write(book, new byte[] {1, 2, 3}); // the book is ruined
        CliRun restore = CliRun.of("restore", "--from", copy.toString(), "--book", book.toString());
        assertEquals(0, restore.exit(), restore::toString);
        Path aside = Path.of(restore.json().get("replacedBookKeptAt").asText());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(aside));
        assertEquals(balance, CliRun.of("ledger", "--book", book.toString()).json().get("balance").asText());
    }

    @Test
    void restoreRefusesADamagedBackupAndChangesNothing() throws Exception {
        Path book = folder.resolve("demo.sbook");
        CliRun.of("demo-book", "--book", book.toString());
        Path bad = Files.writeString(folder.resolve("bad.sbook"), "not a database");
        byte[] before = Files.readAllBytes(book);
        CliRun run = CliRun.of("restore", "--from", bad.toString(), "--book", book.toString());
        assertEquals(1, run.exit());
        assertArrayEquals(before, Files.readAllBytes(book));
    }

    @Test
    void checkReportsADamagedBookWithExitOne() throws Exception {
        Path book = folder.resolve("demo.sbook");
        CliRun.of("demo-book", "--book", book.toString());
        byte[] bytes = Files.readAllBytes(book);
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A); // scribble over every page after the first
        }
        Files.write(book, bytes);
        CliRun run = CliRun.of("check", "--book", book.toString());
        assertEquals(1, run.exit(), run::toString);
        assertFalse(run.json().get("ok").asBoolean());
        assertArrayEquals(bytes, Files.readAllBytes(book));
    }

    @Test
    void newBookInAReadOnlyFolderIsRefused() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can write anywhere");
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        CliRun run = CliRun.of("new-book", "--book", locked.resolve("x.sbook").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("read-only"), run::toString);
    }

    @Test
    void newBookInAMissingFolderIsRefused() {
        CliRun run = CliRun.of("new-book", "--book", folder.resolve("no/such/x.sbook").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("does not exist"), run::toString);
    }
}

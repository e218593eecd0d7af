package uk.supportbudget.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.service.BookService;
import uk.supportbudget.store.Book;
import uk.supportbudget.testing.CliRun;

/** Every book command opens an encrypted book with --passphrase-file, and refuses it without one. */
class EncryptedBookCommandsTest {

    @TempDir
    static Path folder;
    private static Path book;
    private static Path passphrase;
    private static Path wrong;

    @BeforeAll
    static void anEncryptedDemoBook() throws Exception {
        book = folder.resolve("secret.sbook");
        BookService books = new BookService(Clock.systemDefaultZone());
        try (Book open = books.createDemo(book)) {
            books.encrypt(open, "a long enough passphrase".toCharArray());
        }
        passphrase = folder.resolve("passphrase.txt");
        Files.writeString(passphrase, "a long enough passphrase\n");
        Files.setPosixFilePermissions(passphrase, PosixFilePermissions.fromString("rw-------"));
        wrong = folder.resolve("wrong.txt");
        Files.writeString(wrong, "not the passphrase\n");
        Files.setPosixFilePermissions(wrong, PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void withoutAPassphraseEveryBookCommandExitsOneWithTheSentenceAndChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(book);
        String[][] commands = {
                {"check", "--book", book.toString()},
                {"ledger", "--book", book.toString()},
                {"backup", "--book", book.toString(), "--to", folder.resolve("copy.sbook").toString()},
                {"return", "--book", book.toString(), "--from", "2025-04-01", "--to", "2025-06-30",
                        "--out", folder.resolve("r.pdf").toString()},
                {"import-bank", "--book", book.toString(), "--account", "Direct payment account",
                        "--file", passphrase.toString(), "--dry-run"},
        };
        for (String[] command : commands) {
            CliRun run = CliRun.of(command);
            assertEquals(1, run.exit(), run::toString);
            assertEquals("This budget book is encrypted; give its passphrase with --passphrase-file.", run.err().strip(), command[0]);
        }
        assertArrayEquals(before, Files.readAllBytes(book));
    }

    @Test
    void aWrongPassphraseIsRefusedWithASentence() throws Exception {
        byte[] before = Files.readAllBytes(book);
        CliRun run = CliRun.of("ledger", "--book", book.toString(), "--passphrase-file", wrong.toString());
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("That passphrase does not open secret.sbook"), run::toString);
        assertArrayEquals(before, Files.readAllBytes(book));
    }

    @Test
    void checkLedgerBackupAndRestoreWorkWithThePassphraseFile() throws Exception {
        CliRun check = CliRun.of("check", "--book", book.toString(), "--passphrase-file", passphrase.toString());
        assertEquals(0, check.exit(), check::toString);
        assertTrue(check.json().get("ok").asBoolean());
        CliRun ledger = CliRun.of("ledger", "--book", book.toString(), "--passphrase-file", passphrase.toString());
        assertEquals(0, ledger.exit(), ledger::toString);
        assertTrue(ledger.json().get("transactions").size() > 10);

        Path copy = folder.resolve("copy-ok.sbook");
        CliRun backup = CliRun.of("backup", "--book", book.toString(), "--to", copy.toString(),
                "--passphrase-file", passphrase.toString());
        assertEquals(0, backup.exit(), backup::toString);
        assertTrue(Book.isEncryptedFile(copy), "a backup of an encrypted book stays encrypted");

        Path restored = folder.resolve("restored.sbook");
        CliRun refused = CliRun.of("restore", "--from", copy.toString(), "--book", restored.toString());
        assertEquals(1, refused.exit(), refused::toString);
        CliRun restore = CliRun.of("restore", "--from", copy.toString(), "--book", restored.toString(),
                "--passphrase-file", passphrase.toString());
        assertEquals(0, restore.exit(), restore::toString);
        CliRun again = CliRun.of("ledger", "--book", restored.toString(), "--passphrase-file", passphrase.toString());
        assertEquals(ledger.json().get("balance"), again.json().get("balance"));
    }

    @Test
    void aPassphraseFileOthersCanReadGetsAWarning() throws Exception {
        Path loose = folder.resolve("loose.txt");
        Files.writeString(loose, "a long enough passphrase\n");
        Files.setPosixFilePermissions(loose, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun run = CliRun.of("check", "--book", book.toString(), "--passphrase-file", loose.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("other users can read"), run::toString);
    }
}

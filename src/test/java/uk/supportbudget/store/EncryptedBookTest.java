package uk.supportbudget.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.service.BookService;

/**
 * An encrypted book: nothing readable on disk, opens only with its passphrase or recovery key,
 * survives a passphrase change, and keeps its backups encrypted.
 */
class EncryptedBookTest {

    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();

    @TempDir
    Path folder;

    private final Clock clock = Clock.systemDefaultZone();
    private Path path;

    @TempDir
    static Path shared;
    private static Path template;
    private static long transactions;

    @BeforeAll
    static void quickKeysAndOneDemoBook() {
        BookCrypto.useIterationsForTests(BookCrypto.RECOVERY_ITERATIONS); // production: 600,000 (tested below)
        template = shared.resolve("template.sbook");
        try (Book book = new BookService(Clock.systemDefaultZone()).createDemo(template)) {
            transactions = count(book, "SELECT count(*) FROM txn");
        }
    }

    @AfterAll
    static void realKeys() {
        BookCrypto.useIterationsForTests(BookCrypto.PASSPHRASE_ITERATIONS);
    }

    @Test
    void aRealPassphraseIsStretchedBy600000Iterations() {
        BookCrypto.Wrap wrap = BookCrypto.wrap(BookCrypto.newDataKey(), PASSPHRASE, BookCrypto.PASSPHRASE_ITERATIONS, "id");
        assertEquals(600_000, wrap.iterations());
        assertEquals(600_000, BookCrypto.PASSPHRASE_ITERATIONS);
    }

    @BeforeEach
    void demo() throws Exception {
        path = folder.resolve("Alex.sbook");
        Files.copy(template, path);
    }

    private static long count(Book book, String sql) {
        return book.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private String encrypt() {
        try (Book book = Book.open(path, clock)) {
            Backups.backupNow(book, "daily"); // a plain backup from before, which must not stay plain
            BookEncryption.Encrypted result = BookEncryption.encrypt(book, PASSPHRASE);
            assertTrue(book.isEncrypted());
            assertEquals(1, result.backupsSealed().size());
            assertEquals(transactions, count(book, "SELECT count(*) FROM txn"), "the open book carries on");
            return result.recoveryKey();
        }
    }

    @Test
    void anEncryptedBookHoldsNothingReadableAndOpensWithItsPassphrase() throws Exception {
        String recoveryKey = encrypt();
        assertTrue(recoveryKey.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){5}"), recoveryKey);
        byte[] onDisk = Files.readAllBytes(path);
        String text = new String(onDisk, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("SQLite format 3"));
        assertFalse(text.contains("Alex Morgan"));
        assertFalse(text.contains("Westshire"));
        assertFalse(Files.exists(path.resolveSibling("Alex.sbook-wal")));
        for (Backups.BackupFile backup : Backups.list(path)) {
            assertTrue(Book.isEncryptedFile(backup.path()), backup.path() + " should be encrypted");
        }
        Path sidecar = path.resolveSibling("Alex.sbook.keys");
        assertTrue(Files.exists(sidecar));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(sidecar)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));

        try (Book book = Book.open(path, clock, Unlock.passphrase(PASSPHRASE))) {
            assertEquals(transactions, count(book, "SELECT count(*) FROM txn"));
            assertEquals("Alex Morgan", new BookInfoRepository(book).get().personName());
        }
        try (Book book = Book.open(path, clock, Unlock.recoveryKey(recoveryKey.toLowerCase().replace("-", " ")))) {
            assertEquals(transactions, count(book, "SELECT count(*) FROM txn"));
        }
    }

    @Test
    void noPassphraseOrAWrongOneIsRefusedAndNothingIsWritten() throws Exception {
        encrypt();
        byte[] before = Files.readAllBytes(path);
        PassphraseNeeded none = assertThrows(PassphraseNeeded.class, () -> Book.open(path, clock));
        assertFalse(none instanceof WrongPassphrase);
        WrongPassphrase wrong = assertThrows(WrongPassphrase.class,
                () -> Book.open(path, clock, Unlock.passphrase("not the passphrase".toCharArray())));
        assertTrue(wrong.getMessage().contains("does not open Alex.sbook"), wrong.getMessage());
        assertThrows(WrongPassphrase.class, () -> Book.open(path, clock, Unlock.recoveryKey("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")));
        assertThrows(WrongPassphrase.class, () -> Book.open(path, clock, Unlock.recoveryKey("too short")));
        assertArrayEquals(before, Files.readAllBytes(path));
        // the lock was given back: the right passphrase still opens it
        Book.open(path, clock, Unlock.passphrase(PASSPHRASE)).close();
    }

    @Test
    void changesAreSealedAndSurviveReopening() {
        encrypt();
        try (Book book = Book.open(path, clock, Unlock.passphrase(PASSPHRASE))) {
            new BookSettingRepository(book).put("test.setting", "kept");
        }
        try (Book book = Book.open(path, clock, Unlock.passphrase(PASSPHRASE))) {
            assertEquals("kept", new BookSettingRepository(book).get("test.setting").orElseThrow());
        }
    }

    @Test
    void theBookIsCheckedWithItsPassphrase() {
        encrypt();
        assertThrows(PassphraseNeeded.class, () -> BookCheck.run(path, clock));
        BookCheck.Report report = BookCheck.run(path, clock, Unlock.passphrase(PASSPHRASE));
        assertTrue(report.ok(), report.toString());
        assertEquals(transactions, report.counts().get("transactions"));
    }

    @Test
    void changingThePassphraseKeepsTheDataKeyAndOldBackupsOpenWithTheNewOne() throws Exception {
        String recoveryKey = encrypt();
        Path oldBackup = Backups.list(path).get(0).path();
        char[] newPassphrase = "a new long passphrase".toCharArray();
        try (Book book = Book.open(path, clock, Unlock.passphrase(PASSPHRASE))) {
            assertThrows(WrongPassphrase.class,
                    () -> BookEncryption.changePassphrase(book, Unlock.passphrase("wrong one!".toCharArray()), newPassphrase));
            assertThrows(Refusal.class, () -> BookEncryption.changePassphrase(book, Unlock.passphrase(PASSPHRASE), "short".toCharArray()));
            BookEncryption.changePassphrase(book, Unlock.passphrase(PASSPHRASE), newPassphrase);
        }
        assertThrows(WrongPassphrase.class, () -> Book.open(path, clock, Unlock.passphrase(PASSPHRASE)));
        Book.open(path, clock, Unlock.passphrase(newPassphrase)).close();
        Book.open(path, clock, Unlock.recoveryKey(recoveryKey)).close();
        // the old backup's own header still says the old passphrase; the backup folder's key file opens it with the new one
        Backups.verify(oldBackup, Unlock.passphrase(newPassphrase));
        Backups.verify(oldBackup, Unlock.recoveryKey(recoveryKey));
    }

    @Test
    void losingTheKeySidecarLosesNothing() throws Exception {
        String recoveryKey = encrypt();
        Files.delete(path.resolveSibling("Alex.sbook.keys"));
        Book.open(path, clock, Unlock.passphrase(PASSPHRASE)).close();
        Book.open(path, clock, Unlock.recoveryKey(recoveryKey)).close();
    }

    @Test
    void backupsStayEncryptedAndRestoreWithTheKey() throws Exception {
        encrypt();
        Path backup;
        try (Book book = Book.open(path, clock, Unlock.passphrase(PASSPHRASE))) {
            backup = Backups.backupNow(book, "manual");
        }
        assertTrue(Book.isEncryptedFile(backup));
        assertThrows(PassphraseNeeded.class, () -> Backups.verify(backup));
        Backups.verify(backup, Unlock.passphrase(PASSPHRASE));
        Path restored = folder.resolve("Restored.sbook");
        assertThrows(PassphraseNeeded.class, () -> Backups.restore(backup, restored, clock));
        assertFalse(Files.exists(restored));
        Backups.restore(backup, restored, clock, Unlock.passphrase(PASSPHRASE));
        try (Book book = Book.open(restored, clock, Unlock.passphrase(PASSPHRASE))) {
            assertEquals(transactions, count(book, "SELECT count(*) FROM txn"));
        }
    }

    @Test
    void aDamagedEncryptedBookIsRefusedAndLeftAsItWas() throws Exception {
        encrypt();
        byte[] bytes = Files.readAllBytes(path);
        bytes[bytes.length - 100] ^= 0x55;
        Files.write(path, bytes);
        assertThrows(DamagedBook.class, () -> Book.open(path, clock, Unlock.passphrase(PASSPHRASE)));
        assertArrayEquals(bytes, Files.readAllBytes(path));
        assertFalse(BookCheck.run(path, clock, Unlock.passphrase(PASSPHRASE)).ok());
    }

    @Test
    void decryptingGivesBackAPlainBookWithTheSameContent() throws Exception {
        encrypt();
        try (Book book = Book.open(path, clock, Unlock.passphrase(PASSPHRASE))) {
            BookEncryption.decrypt(book);
            assertFalse(book.isEncrypted());
            new BookSettingRepository(book).put("after", "decrypting");
        }
        assertFalse(Book.isEncryptedFile(path));
        assertFalse(Files.exists(path.resolveSibling("Alex.sbook.keys")));
        try (Book book = Book.open(path, clock)) {
            assertEquals(transactions, count(book, "SELECT count(*) FROM txn"));
            assertEquals("wal", book.pragma("journal_mode"));
            assertEquals("decrypting", new BookSettingRepository(book).get("after").orElseThrow());
        }
    }

    @Test
    void inspectRecognisesAnEncryptedBook() {
        encrypt();
        BookFile file = BookFile.inspect(path);
        assertTrue(file.encrypted());
        assertEquals(Book.currentVersion(), file.schemaVersion());
        assertNotEquals(List.of(), Backups.list(path));
    }
}

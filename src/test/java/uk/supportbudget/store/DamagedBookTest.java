package uk.supportbudget.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.service.BookService;

/** A damaged book is found on open, never written to, and its backup is still there to restore. */
class DamagedBookTest {

    @TempDir
    Path folder;

    private final Clock clock = Clock.systemDefaultZone();

    private Path demo(String name) {
        Path path = folder.resolve(name);
        new BookService(clock).createDemo(path).close();
        return path;
    }

    @Test
    void aTruncatedBookIsRefusedAndLeftAsItWas() throws Exception {
        Path book = demo("cut.sbook");
        byte[] whole = Files.readAllBytes(book);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        Files.write(book, half);
        DamagedBook refusal = assertThrows(DamagedBook.class, () -> Book.open(book, clock));
        assertTrue(refusal.getMessage().contains("shorter than it should be"), refusal.getMessage());
        assertArrayEquals(half, Files.readAllBytes(book));
        assertFalse(BookCheck.run(book, clock).ok());
    }

    @Test
    void garbageInsideTheBookIsRefusedAndLeftAsItWas() throws Exception {
        Path book = demo("scribbled.sbook");
        byte[] bytes = Files.readAllBytes(book);
        Random random = new Random(7);
        for (int i = 8192; i < bytes.length - 4096; i += 4096) {
            for (int j = 100; j < 400; j++) {
                bytes[i + j] = (byte) random.nextInt(256);
            }
        }
        Files.write(book, bytes);
        assertThrows(DamagedBook.class, () -> Book.open(book, clock));
        assertArrayEquals(bytes, Files.readAllBytes(book));
    }

    @Test
    void aWalFromAnotherBookIsRefusedAndNeitherFileIsChanged() throws Exception {
        Path mine = demo("mine.sbook");
        Path theirs = demo("theirs.sbook");
        // Leave a WAL behind on "theirs", as a crash would, and put a copy of it beside "mine".
        Path theirWal = folder.resolve("theirs-copy.sbook-wal");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + theirs);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.execute("UPDATE book_info SET person_name = 'Someone Else'");
            statement.execute("UPDATE txn SET payee = 'Someone Else''s payee'");
            Files.copy(theirs.resolveSibling("theirs.sbook-wal"), theirWal);
        }
        Path myWal = mine.resolveSibling("mine.sbook-wal");
        Files.copy(theirWal, myWal);
        byte[] bookBefore = Files.readAllBytes(mine);
        byte[] walBefore = Files.readAllBytes(myWal);

        DamagedBook refusal = assertThrows(DamagedBook.class, () -> Book.open(mine, clock));
        assertTrue(refusal.getMessage().contains("belongs to another book")
                || refusal.getMessage().contains("looks damaged"), refusal.getMessage());
        assertArrayEquals(bookBefore, Files.readAllBytes(mine));
        assertArrayEquals(walBefore, Files.readAllBytes(myWal));

        Files.delete(myWal); // what the message tells the person to do
        try (Book book = Book.open(mine, clock)) {
            assertEquals("Alex Morgan", new BookInfoRepository(book).get().personName());
        }
    }

    @Test
    void theAppsDailyBackupIsTakenAtMostOnceADay() {
        Path path = demo("daily.sbook");
        try (Book book = Book.open(path, clock)) {
            assertTrue(Backups.dailyIfDue(book).isPresent());
            assertTrue(Backups.dailyIfDue(book).isEmpty());
        }
        assertEquals(1, Backups.list(path).size());
        assertEquals("daily", Backups.list(path).get(0).reason());
    }
}

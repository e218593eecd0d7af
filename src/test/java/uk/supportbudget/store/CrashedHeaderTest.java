package uk.supportbudget.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.Refusal;

/**
 * After a crash the newest copy of a book's first page can still be in its WAL, so the file's own
 * header may not yet carry our application id. Such a book must open, not be refused.
 */
class CrashedHeaderTest {

    @TempDir
    Path folder;

    @Test
    void aBookWhoseHeaderIsStillInTheWalOpens() throws Exception {
        Path live = folder.resolve("live.sbook");
        Path crashed = folder.resolve("crashed.sbook");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + live);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("CREATE TABLE warm_up (x)"); // the file now exists with app id 0 on disk
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            statement.execute("PRAGMA application_id = " + BookFile.APPLICATION_ID);
            Migrations.apply(connection, 0);
            statement.execute("INSERT INTO book_info VALUES (1, 'b00c-id', 'Pat', NULL, '', '', '', '', 'now', 'me', 'now', 'me')");
            // Snapshot the files as a power cut would leave them: header on disk still says app id 0.
            Files.copy(live, crashed);
            Files.copy(live.resolveSibling("live.sbook-wal"), folder.resolve("crashed.sbook-wal"));
        }
        assertEquals(0, ByteBuffer.wrap(Files.readAllBytes(crashed)).getInt(68));
        try (Book book = Book.open(crashed, Clock.systemUTC())) {
            assertEquals("Pat", new BookInfoRepository(book).get().personName());
        }
    }

    @Test
    void aForeignDatabaseWithAWalIsStillRefused() throws Exception {
        Path other = folder.resolve("other.db");
        Path copy = folder.resolve("copy.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("CREATE TABLE warm_up (x)");
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            statement.execute("INSERT INTO warm_up VALUES (1)");
            Files.copy(other, copy);
            Files.copy(other.resolveSibling("other.db-wal"), folder.resolve("copy.db-wal"));
        }
        Refusal refusal = assertThrows(Refusal.class, () -> Book.open(copy, Clock.systemUTC()));
        assertEquals("copy.db is a database, but not a Support Budget book. Open a book made by Support Budget.",
                refusal.getMessage());
    }

    @Test
    void aNewBookHasItsHeaderOnDiskBeforeAnyoneCanSeeIt() throws Exception {
        Path path = folder.resolve("new.sbook");
        try (Book book = Book.create(path, "Sam", Clock.systemUTC())) {
            assertEquals(BookFile.APPLICATION_ID, ByteBuffer.wrap(Files.readAllBytes(path)).getInt(68));
            assertEquals(Migrations.CURRENT_VERSION, ByteBuffer.wrap(Files.readAllBytes(path)).getInt(60));
        }
        try (var files = Files.list(folder)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().contains("creating")).count());
        }
    }
}

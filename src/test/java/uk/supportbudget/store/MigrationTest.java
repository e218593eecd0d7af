package uk.supportbudget.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.Refusal;

/** Upgrading a book: a verified backup first, then each step in one transaction. */
class MigrationTest {

    @TempDir
    Path folder;

    @AfterEach
    void restoreRealMigrations() {
        Migrations.useForTests(Migrations.FILES);
    }

    @Test
    void anOlderBookIsBackedUpThenUpgraded() throws Exception {
        Path path = folder.resolve("old.sbook");
        Book.create(path, "Kim", Clock.systemUTC()).close();

        Migrations.useForTests(withExtra("V002__test_reminders.sql"));
        try (Book book = Book.open(path, Clock.systemUTC())) {
            assertEquals(Migrations.FILES.size() + 1, book.schemaVersion());
            try (Statement statement = book.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT text FROM test_reminder")) {
                assertTrue(rows.next());
                assertEquals("upgraded", rows.getString(1));
            }
        }
        List<Backups.BackupFile> backups = Backups.list(path);
        assertEquals(1, backups.size());
        assertEquals("before-upgrade-from-v" + Migrations.FILES.size(), backups.get(0).reason());
        Backups.verify(backups.get(0).path());
        Migrations.useForTests(Migrations.FILES);
        try (Book backup = Book.openToInspect(backups.get(0).path(), Clock.systemUTC())) {
            assertEquals(Migrations.FILES.size(), backup.schemaVersion());
        }
    }

    @Test
    void aFailedUpgradeLeavesTheBookAtItsOldVersionWithNothingHalfDone() throws Exception {
        Path path = folder.resolve("old.sbook");
        Book.create(path, "Kim", Clock.systemUTC()).close();

        Migrations.useForTests(withExtra("V002__test_broken.sql"));
        assertThrows(Refusal.class, () -> Book.open(path, Clock.systemUTC()));

        Migrations.useForTests(Migrations.FILES);
        try (Book book = Book.open(path, Clock.systemUTC());
             Statement statement = book.connection().createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")) {
            assertEquals(Migrations.FILES.size(), book.schemaVersion());
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
    }

    @Test
    void scriptsSplitIntoStatementsKeepingTriggerBodiesWhole() {
        List<String> statements = Migrations.split("""
                -- a comment
                CREATE TABLE a (x);
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                    UPDATE a SET x = 1;
                END;
                INSERT INTO a VALUES (2);
                """);
        assertEquals(3, statements.size());
        assertTrue(statements.get(1).startsWith("CREATE TRIGGER") && statements.get(1).endsWith("END;"));
        assertEquals("CREATE TABLE a (x);", statements.get(0));
    }

    private static List<String> withExtra(String file) {
        List<String> files = new ArrayList<>(Migrations.FILES);
        files.add(file);
        return files;
    }
}

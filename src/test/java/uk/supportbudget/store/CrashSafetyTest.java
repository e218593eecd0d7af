package uk.supportbudget.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.testing.CrashWorker;

/**
 * kill -9 at random moments during an import and during a migration: the book must pass check
 * afterwards and hold either all or none of each piece of work. {@code -Dcrash.runs=100} for a
 * longer soak; the default keeps {@code mvn verify} quick.
 */
class CrashSafetyTest {

    private static final int RUNS = Integer.getInteger("crash.runs", 12);
    private static final int ROWS_PER_IMPORT = 400;

    @TempDir
    Path folder;

    private final Clock clock = Clock.systemUTC();
    private final Random random = new Random(Long.getLong("crash.seed", 20261123L));

    @AfterEach
    void realMigrations() {
        MigrationsForTests.reset();
    }

    @Test
    void killedImportsLeaveWholeStatementsOnly() throws Exception {
        Path path = folder.resolve("imports.sbook");
        Book.create(path, "Crash Test", clock).close();
        long previous = 0;
        for (int run = 0; run < RUNS; run++) {
            Process worker = CrashWorker.start("import", path.toString(), Integer.toString(ROWS_PER_IMPORT));
            Thread.sleep(30 + random.nextInt(700));
            worker.destroyForcibly().waitFor();

            assertTrue(BookCheck.run(path, clock).ok(), "check after kill " + run);
            try (Book book = Book.open(path, clock)) {
                long transactions = count(book, "SELECT count(*) FROM txn");
                long batches = count(book, "SELECT count(*) FROM import_batch");
                assertEquals(0, transactions % ROWS_PER_IMPORT, "a statement was half imported in run " + run);
                assertEquals(batches * ROWS_PER_IMPORT, transactions, "batches and rows disagree in run " + run);
                assertTrue(transactions >= previous, "rows were lost in run " + run);
                previous = transactions;
            }
        }
    }

    @Test
    void aKilledMigrationLeavesTheOldVersionOrTheNewOneWhole() throws Exception {
        int upgraded = 0;
        for (int run = 0; run < Math.max(4, RUNS / 2); run++) {
            Path path = folder.resolve("migrate-" + run + ".sbook");
            Book.create(path, "Crash Test", clock).close();
            Process worker = CrashWorker.start("migrate", path.toString());
            Thread.sleep(200 + random.nextInt(1200));
            worker.destroyForcibly().waitFor();

            MigrationsForTests.reset();
            try (Book book = Book.openToInspect(path, clock)) {
                int version = book.schemaVersion();
                long tables = count(book, "SELECT count(*) FROM sqlite_master WHERE name = 'bulk'");
                if (version == MigrationsForTests.realVersion() + 1) {
                    upgraded++;
                    assertEquals(300_000, count(book, "SELECT count(*) FROM bulk"), "run " + run);
                } else {
                    assertEquals(MigrationsForTests.realVersion(), version, "run " + run);
                    assertEquals(0, tables, "half a migration in run " + run);
                }
            } catch (uk.supportbudget.domain.Refusal newer) {
                // version 2 is newer than this build's list: that is the fully migrated outcome
                assertTrue(newer.getMessage().contains("newer version"), newer.getMessage());
                upgraded++;
            }
            MigrationsForTests.useWithExtra("V900__test_bulk.sql");
            try (Book book = Book.open(path, clock)) {
                assertEquals(MigrationsForTests.realVersion() + 1, book.schemaVersion());
                assertEquals(300_000, count(book, "SELECT count(*) FROM bulk"));
            }
            MigrationsForTests.reset();
        }
        System.out.println("migration kills: " + Math.max(4, RUNS / 2) + ", completed before the kill: " + upgraded);
    }

    @Test
    void aKilledPayRunLeavesTheYearPaidWholeOrNotAtAll() throws Exception {
        Path prepared = folder.resolve("prepared.sbook");
        try (Book book = Book.create(prepared, "Crash Test", uk.supportbudget.bench.PayRunBench.CLOCK)) {
            uk.supportbudget.bench.PayRunBench.fill(book, 6);
        }
        int paid = 0;
        int runs = Math.max(4, RUNS / 2);
        for (int run = 0; run < runs; run++) {
            Path path = folder.resolve("payrun-" + run + ".sbook");
            java.nio.file.Files.copy(prepared, path);
            Process worker = CrashWorker.start("payrun", path.toString());
            Thread.sleep(random.nextInt(1500));
            worker.destroyForcibly().waitFor();

            BookCheck.Report report = BookCheck.run(path, clock);
            assertTrue(report.ok(), "check after kill " + run + ": " + report.invariants());
            try (Book book = Book.openToInspect(path, clock)) {
                long finalised = count(book, "SELECT count(*) FROM pay_run WHERE status = 'FINALISED'");
                long liabilities = count(book, "SELECT count(*) FROM payroll_liability");
                assertTrue(finalised == 0 || finalised == 12, "a year half paid in run " + run + ": " + finalised);
                assertEquals(finalised == 0, liabilities == 0, "liabilities without runs in run " + run);
                if (finalised == 12) {
                    paid++;
                }
            }
        }
        System.out.println("pay-run kills: " + runs + ", completed before the kill: " + paid);
    }

    private static long count(Book book, String sql) throws SQLException {
        try (Statement statement = book.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.domain.returns.Retention;
import uk.supportbudget.store.Backups;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookCheck;
import uk.supportbudget.store.RetentionRepository;

/** Nothing inside its retention period is archived; what is past it goes only after a verified copy. */
class RetentionServiceTest {

    @TempDir
    Path folder;

    private final Clock clock = Clock.systemDefaultZone();

    @ParameterizedTest(name = "{0} years on {1}: council from {2}, payroll from {3}")
    @CsvSource({
            // years, today,      council cut-off, payroll cut-off (no plan years: financial years)
            "6, 2026-11-23, 2020-04-01, 2020-04-01",
            "6, 2026-03-31, 2019-04-01, 2019-04-01",
            "2, 2026-11-23, 2024-04-01, 2023-04-06",
            "1, 2026-04-05, 2025-04-01, 2022-04-06",
    })
    void cutOffsWithoutPlanYears(int years, LocalDate today, LocalDate council, LocalDate payroll) {
        Retention rule = new Retention(years, today);
        assertEquals(council, rule.councilCutoff(List.of()));
        assertEquals(payroll, rule.payrollCutoff(List.of()));
    }

    @Test
    void aPlanYearIsKeptWholeUntilYearsAfterItsEnd() {
        List<PlanYear> years = List.of(new PlanYear(1, LocalDate.of(2019, 9, 1), LocalDate.of(2020, 8, 31), ""),
                new PlanYear(2, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 8, 31), ""));
        // 6 years before 2026-11-23 is 2020-11-23, inside the second plan year: it is kept whole
        assertEquals(LocalDate.of(2020, 9, 1), new Retention(6, LocalDate.of(2026, 11, 23)).councilCutoff(years));
        // on 2026-09-01 the first plan year ended six years and a day ago
        assertEquals(LocalDate.of(2020, 9, 1), new Retention(6, LocalDate.of(2026, 9, 1)).councilCutoff(years));
        assertEquals(LocalDate.of(2019, 9, 1), new Retention(6, LocalDate.of(2026, 8, 31)).councilCutoff(years));
        assertThrows(Refusal.class, () -> new Retention(0, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void archivingRemovesOnlyWhatIsPastRetentionAndKeepsEveryBalance() {
        Path path = folder.resolve("history.sbook");
        LocalDate today = LocalDate.now(clock);
        try (Book book = Book.create(path, "Synthetic Person", clock)) {
            new SyntheticBook(book, new SyntheticBook.Size(9, 2, 1500, 3)).fill(today);
            RetentionService service = new RetentionService(book, today);
            RetentionService.Preview preview = service.preview();
            assertTrue(preview.anything(), preview.sentence());
            assertTrue(preview.counts().transactions() > 0);
            assertTrue(preview.sentence().contains("may be archived"), preview.sentence());
            assertFalse(preview.councilCutoff().isAfter(today.minusYears(6)));

            String before = new LedgerService(book).statement(null, null, null).balance().plain();
            long total = count(book, "SELECT count(*) FROM txn", null);
            long kept = count(book, "SELECT count(*) FROM txn WHERE date >= ?", preview.councilCutoff());

            RetentionService.Archived archived = service.archive();

            assertEquals(preview.counts(), archived.removed());
            assertEquals(before, new LedgerService(book).statement(null, null, null).balance().plain(),
                    "balances are carried into the opening balance");
            assertEquals(kept, count(book, "SELECT count(*) FROM txn WHERE date >= ?", preview.councilCutoff()),
                    "nothing inside the retention period was touched");
            assertEquals(total - archived.removed().transactions(), count(book, "SELECT count(*) FROM txn", null));
            assertTrue(archived.archiveCopy().getFileName().toString().contains("before-archive"));
            Backups.verify(archived.archiveCopy());
            assertFalse(service.preview().anything());
            assertThrows(Refusal.class, service::archive);
        }
        assertTrue(BookCheck.run(path, clock).ok());
        try (Book copy = Book.open(Backups.list(path).get(0).path(), clock)) {
            assertEquals(0, new RetentionRepository(copy).pastRetention(LocalDate.MIN, LocalDate.MIN).total());
        }
    }

    @Test
    void aRecentBookHasNothingToArchive() {
        Path path = folder.resolve("demo.sbook");
        try (Book book = new BookService(clock).createDemo(path)) {
            RetentionService.Preview preview = new RetentionService(book, LocalDate.now(clock)).preview();
            assertFalse(preview.anything());
            assertTrue(preview.sentence().contains("nothing to archive"), preview.sentence());
            assertThrows(Refusal.class, () -> new RetentionService(book, LocalDate.now(clock)).archive());
        }
    }

    private static long count(Book book, String sql, LocalDate date) {
        return book.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (date != null) {
                    select.setString(1, date.toString());
                }
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}

package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.bench.PayRunBench;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.store.Backups;
import uk.supportbudget.store.Book;

/** The last pay run of a tax year is its year-end, and a verified backup is taken just before it. */
class YearEndBackupTest {

    @TempDir
    Path folder;

    @Test
    void finalisingTheLastRunOfTheYearTakesAYearEndBackupFirst() {
        Path path = folder.resolve("year.sbook");
        try (Book book = Book.create(path, "Employer", PayRunBench.CLOCK)) {
            PayRunBench.fill(book, 2);
            new PayrollService(book).runYear(new TaxYear(2026));
        }
        List<Backups.BackupFile> backups = Backups.list(path);
        assertEquals(1, backups.size(), "only the twelfth run closes the year: " + backups);
        assertTrue(backups.get(0).reason().startsWith("year-end-"), backups.get(0).reason());
        Backups.verify(backups.get(0).path());
    }
}

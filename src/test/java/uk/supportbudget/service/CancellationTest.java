package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.Progress;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.RotaPattern;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.NiNumber;
import uk.supportbudget.domain.staff.PensionStatus;
import uk.supportbudget.domain.staff.StarterDeclaration;
import uk.supportbudget.io.bank.ReadOptions;
import uk.supportbudget.store.Backups;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.TransactionRepository;
import uk.supportbudget.store.Unlock;

/**
 * Cancel leaves nothing half-done. Each test stops the work at its first place that checks, then
 * its second, and so on until the work gets to the end: after every stop the book (every row of
 * every table) and the folder it is in are exactly as they were before.
 */
class CancellationTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 4, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    /** Stops the work at its {@code stopAt}-th check, and remembers how far it said it had got. */
    private static final class StopAt implements Progress {
        private final int stopAt;
        private int checks;
        private double furthest;

        StopAt(int stopAt) {
            this.stopAt = stopAt;
        }

        @Override
        public void checkCancelled() {
            if (++checks >= stopAt) {
                throw new CancellationException();
            }
        }

        @Override
        public void fraction(double done) {
            furthest = Math.max(furthest, done);
        }
    }

    /**
     * Runs {@code work} stopped at each check in turn, with {@code unchanged} asserting after every
     * stop; returns what the work gave once it ran to the end, and how many stops were tried.
     */
    private static <T> Finished<T> stopEverywhere(Function<Progress, T> work, Runnable unchanged) {
        double furthestStopped = 0;
        for (int stopAt = 1; stopAt < 500; stopAt++) {
            StopAt progress = new StopAt(stopAt);
            try {
                T result = work.apply(progress);
                return new Finished<>(result, stopAt - 1, furthestStopped);
            } catch (CancellationException expected) {
                furthestStopped = Math.max(furthestStopped, progress.furthest);
                unchanged.run();
            }
        }
        throw new AssertionError("the work never finished");
    }

    private record Finished<T>(T result, int stopsTried, double furthestStopped) {
    }

    /** Every row of every table, in a stable order: equal text means an equal book. */
    private static String contents(Book book) {
        return book.read(connection -> {
            List<String> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            StringBuilder all = new StringBuilder();
            for (String table : tables) {
                List<String> lines = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            Object value = rows.getObject(i);
                            line.append(value instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : value).append('|');
                        }
                        lines.add(line.toString());
                    }
                }
                Collections.sort(lines);
                all.append(table).append(": ").append(lines.size()).append('\n');
                lines.forEach(line -> all.append(line).append('\n'));
            }
            return all.toString();
        });
    }

    private static List<String> filesIn(Path place) {
        try (Stream<Path> files = Files.walk(place)) {
            return files.map(place::relativize).map(Path::toString).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String statement(int rows) {
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        LocalDate day = LocalDate.of(2026, 4, 1);
        for (int i = 0; i < rows; i++) {
            csv.append(day.plusDays(i % 300).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                    .append(",SHOP NUMBER ").append(i).append(",-").append(1 + i % 90).append('.').append(10 + i % 80).append('\n');
        }
        return csv.toString();
    }

    @Test
    void anImportStoppedAnywhereLeavesTheBookExactlyAsItWas() {
        try (Book book = Book.create(folder.resolve("import.sbook"), "Kim Carter", CLOCK)) {
            ImportService imports = new ImportService();
            imports.apply(book, "Bank", statement(20).replace("SHOP", "CAFE").getBytes(StandardCharsets.UTF_8), "first.csv",
                    ReadOptions.defaults());
            String before = contents(book);
            byte[] big = statement(5_000).getBytes(StandardCharsets.UTF_8);
            ImportPreview preview = imports.preview(book, "Bank", big, "big.csv", ReadOptions.defaults());
            assertEquals(5_000, preview.importedCount());

            Finished<ImportResult> done = stopEverywhere(work -> imports.apply(book, preview, work),
                    () -> assertEquals(before, contents(book), "a stopped import leaves every row as it was"));

            assertTrue(done.stopsTried() >= 5, "stopped at " + done.stopsTried() + " places");
            assertTrue(done.furthestStopped() > 0.5, "stopped with rows already written: " + done.furthestStopped());
            assertEquals(5_000, done.result().report().importedCount());
            assertEquals(5_020, new TransactionRepository(book).select(new TransactionRepository.Selection(null, null, null)).size());
        }
    }

    @Test
    void aPreviewStoppedAnywhereWritesNothing() {
        try (Book book = Book.create(folder.resolve("preview.sbook"), "Kim Carter", CLOCK)) {
            String before = contents(book);
            byte[] big = statement(3_000).getBytes(StandardCharsets.UTF_8);
            Finished<ImportPreview> done = stopEverywhere(
                    work -> new ImportService().preview(book, "New account", big, "big.csv", ReadOptions.defaults(), work),
                    () -> assertEquals(before, contents(book)));
            assertTrue(done.stopsTried() >= 3);
            assertEquals(before, contents(book), "a preview never writes, not even the account");
        }
    }

    @Test
    void finalisingStoppedAnywhereLeavesTheRunADraftAndTheBookAsItWas() {
        try (Book book = Book.create(folder.resolve("payroll.sbook"), "Kim Carter", CLOCK)) {
            PayrollService payroll = new PayrollService(book);
            for (String name : List.of("Sam Lee", "Jo Patel", "Ali Khan")) {
                hireAndSignApril(book, name);
            }
            DateRange april = payroll.workPeriodContaining(PayFrequency.MONTHLY, LocalDate.of(2026, 4, 1));
            PayRun draft = payroll.calculate(april, LocalDate.of(2026, 4, 28), (done, total) -> { });
            String before = contents(book);

            Finished<PayRun> done = stopEverywhere(work -> payroll.finalise(draft.id(), work), () -> {
                assertEquals(before, contents(book), "a stopped finalise leaves every row as it was");
                assertFalse(payroll.run(draft.id()).finalised());
            });

            assertTrue(done.stopsTried() >= 5, "stopped at " + done.stopsTried() + " places");
            assertTrue(done.result().finalised());
            assertEquals(3, done.result().lines().size());
        }
    }

    @Test
    void aPayRunCalculationStoppedBetweenPasLeavesTheBookAsItWas() {
        try (Book book = Book.create(folder.resolve("calculate.sbook"), "Kim Carter", CLOCK)) {
            PayrollService payroll = new PayrollService(book);
            hireAndSignApril(book, "Sam Lee");
            hireAndSignApril(book, "Jo Patel");
            DateRange april = payroll.workPeriodContaining(PayFrequency.MONTHLY, LocalDate.of(2026, 4, 1));
            String before = contents(book);
            Finished<PayRun> done = stopEverywhere(work -> payroll.calculate(april, LocalDate.of(2026, 4, 28), work::report),
                    () -> assertEquals(before, contents(book)));
            assertTrue(done.stopsTried() >= 2);
            assertEquals(2, done.result().lines().size());
        }
    }

    private static void hireAndSignApril(Book book, String name) {
        Employee employee = new Employee(0, name, "", LocalDate.of(1990, 5, 1), NiNumber.parse("QQ123456C"), LocalDate.of(2025, 4, 1),
                null, StarterDeclaration.A, null, TaxCode.parse("1257L"), NiCategory.A, null, false, PensionStatus.NOT_YET_ASSESSED,
                null, "", null, null, false);
        Contract contract = new Contract(0, 0, LocalDate.of(2026, 4, 1), null, new BigDecimal("20"), false, Money.parse("13.20"), null,
                null, Money.parse("19.80"), Money.parse("65.00"), null, null, 4, PayFrequency.MONTHLY);
        Employee saved = new StaffService(book).addEmployee(employee, contract).employee();
        RotaService rota = new RotaService(book);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            rota.addPattern(new RotaPattern(0, saved.id(), day, LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY,
                    LocalDate.of(2026, 4, 1), null));
        }
        LocalDate first = LocalDate.of(2026, 4, 1);
        rota.generate(new DateRange(first, first.plusMonths(1).minusDays(1)));
        TimesheetService timesheets = new TimesheetService(book);
        Timesheet sheet = timesheets.generate(saved.id(), first);
        timesheets.markSigned(sheet.id(), sheet.period().last().plusDays(1), "signed.pdf", "application/pdf", new byte[] {1});
    }

    @Test
    void aBackupStoppedAnywhereLeavesNoFileNotEvenAPartWrittenOne() {
        Path place = mkdirs(folder.resolve("backup"));
        BookService books = new BookService(CLOCK);
        try (Book book = books.createDemo(place.resolve("Alex.sbook"))) {
            mkdirs(Backups.folderFor(book.path()));
            String before = contents(book);
            List<String> filesBefore = filesIn(place);

            Finished<Path> done = stopEverywhere(work -> BookService.backupNow(book, work), () -> {
                assertEquals(filesBefore, filesIn(place), "no backup, scratch folder or part-written copy is left");
                assertEquals(before, contents(book));
            });

            assertTrue(done.stopsTried() >= 3, "stopped inside the copy and the check too: " + done.stopsTried());
            assertTrue(Files.isRegularFile(done.result()));
            Backups.verify(done.result());
        }
    }

    @Test
    void theExampleBookStoppedAnywhereLeavesNoHalfMadeFile() {
        Path example = mkdirs(folder.resolve("example")).resolve("Example - Alex Morgan.sbook");
        BookService books = new BookService(CLOCK);
        Finished<Book> done = stopEverywhere(work -> books.createDemo(example, work),
                () -> assertEquals(List.of(""), filesIn(example.getParent()), "no book, WAL, lock, scratch file or year-end backup is left"));
        try (Book made = done.result()) {
            assertTrue(done.stopsTried() >= 5, "stopped at " + done.stopsTried() + " places");
            assertTrue(Files.isRegularFile(made.path()));
        }
    }

    @Test
    void aRestoreStoppedWhileCheckingLeavesTheBookAsItWas() throws Exception {
        Path place = mkdirs(folder.resolve("restore"));
        BookService books = new BookService(CLOCK);
        Path bookPath = place.resolve("Kim.sbook");
        Path backup;
        try (Book book = books.create(bookPath, "Kim Carter")) {
            new ImportService().apply(book, "Bank", statement(2_000).getBytes(StandardCharsets.UTF_8), "a.csv", ReadOptions.defaults());
            backup = Backups.backupNow(book, "");
            new ImportService().apply(book, "Bank", statement(10).replace("SHOP", "CAFE").getBytes(StandardCharsets.UTF_8),
                    "b.csv", ReadOptions.defaults());
        }
        byte[] bookBefore = Files.readAllBytes(bookPath);
        List<String> filesBefore = filesIn(place);

        Finished<java.util.Optional<Path>> done = stopEverywhere(work -> books.restore(backup, bookPath, Unlock.none(), work), () -> {
            assertEquals(filesBefore, filesIn(place), "nothing kept aside, no scratch folder");
            assertArrayEquals(bookBefore, readAll(bookPath), "the book is untouched");
        });

        assertTrue(done.stopsTried() >= 2, "stopped at " + done.stopsTried() + " places");
        assertTrue(done.result().isPresent(), "the replaced book is kept aside");
        try (Book restored = books.open(bookPath)) {
            assertEquals(2_000, new TransactionRepository(restored).select(new TransactionRepository.Selection(null, null, null)).size());
        }
    }

    @Test
    void aDocumentStoppedAnywhereIsNotWrittenAndAnEarlierOneIsKept() throws Exception {
        Path place = mkdirs(folder.resolve("documents"));
        Path out = place.resolve("payslips.pdf");
        Files.writeString(out, "last month's");
        byte[] content = new byte[3 * 1024 * 1024];
        new java.util.Random(1).nextBytes(content);

        Finished<Path> done = stopEverywhere(work -> Documents.save(out, work, () -> content), () -> {
            assertEquals(List.of("", "payslips.pdf"), filesIn(place), "no part-written file is left beside it");
            assertEquals("last month's", readString(out));
        });

        assertTrue(done.stopsTried() >= 5, "stopped while writing: " + done.stopsTried());
        assertArrayEquals(content, Files.readAllBytes(out));
    }

    @Test
    void aReceiptStoppedWhileBeingAttachedLeavesTheBookAsItWas() throws Exception {
        try (Book book = Book.create(folder.resolve("receipts.sbook"), "Kim Carter", CLOCK)) {
            new ImportService().apply(book, "Bank", statement(3).getBytes(StandardCharsets.UTF_8), "a.csv", ReadOptions.defaults());
            Transaction first = new TransactionRepository(book).select(new TransactionRepository.Selection(null, null, null)).get(0);
            byte[] photo = new byte[4 * 1024 * 1024];
            new java.util.Random(2).nextBytes(photo);
            photo[0] = (byte) 0xFF;
            photo[1] = (byte) 0xD8;
            photo[2] = (byte) 0xFF;
            Path receipt = Files.write(mkdirs(folder.resolve("scans")).resolve("receipt.jpg"), photo);
            String before = contents(book);

            Finished<EvidenceService.Attached> done = stopEverywhere(
                    work -> new EvidenceService(book).attach(first.id(), receipt, work),
                    () -> assertEquals(before, contents(book)));

            assertTrue(done.stopsTried() >= 5, "stopped while reading the file too: " + done.stopsTried());
            assertEquals(1, new EvidenceService(book).list(first.id()).size());
        }
    }

    @Test
    void encryptingOrDecryptingStoppedBeforeTheSwapLeavesTheBookAsItWas() {
        Path place = mkdirs(folder.resolve("privacy"));
        BookService books = new BookService(CLOCK);
        try (Book book = books.create(place.resolve("Kim.sbook"), "Kim Carter")) {
            new ImportService().apply(book, "Bank", statement(2_000).getBytes(StandardCharsets.UTF_8), "a.csv", ReadOptions.defaults());
            String before = contents(book);
            List<String> filesBefore = filesIn(place);
            byte[] plainBefore = readAll(book.path());

            Finished<?> encrypted = stopEverywhere(work -> books.encrypt(book, "correct horse battery".toCharArray(), work), () -> {
                assertFalse(book.isEncrypted());
                assertEquals(filesBefore, filesIn(place), "no sidecar or scratch file");
                assertArrayEquals(plainBefore, readAll(book.path()));
                assertEquals(before, contents(book));
            });
            assertTrue(encrypted.stopsTried() >= 3, "stopped at " + encrypted.stopsTried() + " places");
            assertTrue(book.isEncrypted());

            List<String> sealedFiles = filesIn(place);
            byte[] sealedBefore = readAll(book.path());
            Finished<?> decrypted = stopEverywhere(work -> {
                books.decrypt(book, work);
                return true;
            }, () -> {
                assertTrue(book.isEncrypted());
                assertEquals(sealedFiles, filesIn(place), "no part-made plain copy is left");
                assertArrayEquals(sealedBefore, readAll(book.path()));
                assertEquals(before, contents(book));
            });
            assertTrue(decrypted.stopsTried() >= 2, "stopped at " + decrypted.stopsTried() + " places");
            assertFalse(book.isEncrypted());
            assertEquals(before, contents(book));
        }
    }

    private static Path mkdirs(Path place) {
        try {
            return Files.createDirectories(place);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        return new String(readAll(file), StandardCharsets.UTF_8);
    }

}

package uk.supportbudget.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import uk.supportbudget.io.bank.ReadOptions;
import uk.supportbudget.service.ImportService;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.MigrationsForTests;

/**
 * A child process for the crash tests: does real work on a book until it is killed.
 * {@code import BOOK ROWS}: imports statements of ROWS new rows, one after another, forever.
 * {@code migrate BOOK}: opens a current book with a slow extra migration after the real ones.
 * {@code payrun BOOK}: pays a year of monthly runs for the PAs already in the book.
 */
public final class CrashWorker {

    public static void main(String[] args) throws Exception {
        Path book = Path.of(args[1]);
        if (args[0].equals("payrun")) {
            try (Book open = Book.open(book, uk.supportbudget.bench.PayRunBench.CLOCK)) {
                System.out.println("ready");
                System.out.flush();
                new uk.supportbudget.service.PayrollService(open).runYear(new uk.supportbudget.domain.money.TaxYear(2026));
                System.out.println("paid");
            }
            return;
        }
        if (args[0].equals("migrate")) {
            MigrationsForTests.useWithExtra("V900__test_bulk.sql");
            System.out.println("ready");
            System.out.flush();
            try (Book open = Book.open(book, Clock.systemUTC())) {
                System.out.println("migrated");
            }
            return;
        }
        int rows = Integer.parseInt(args[2]);
        ImportService imports = new ImportService();
        try (Book open = Book.open(book, Clock.systemUTC())) {
            System.out.println("ready");
            System.out.flush();
            long worker = ProcessHandle.current().pid();
            for (int statement = 0; ; statement++) {
                imports.apply(open, "Bank", csv(worker + "x" + statement, rows), "statement-" + statement + ".csv",
                        ReadOptions.defaults());
            }
        }
    }

    /** A statement whose every row is new: the worker and statement are in each description. */
    public static byte[] csv(String statement, int rows) {
        StringBuilder text = new StringBuilder("Date,Description,Amount\n");
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < rows; i++) {
            text.append(String.format("%02d/%02d/%d,SHOP %s ROW %d,-%d.%02d%n", day.getDayOfMonth(),
                    day.getMonthValue(), day.getYear(), statement, i, 1 + i % 90, i % 100));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Starts a worker in a child JVM and waits until it has the book open. */
    public static Process start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                CrashWorker.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
        String line = reader.readLine();
        if (!"ready".equals(line)) {
            process.destroyForcibly();
            throw new AssertionError("worker did not start: " + line);
        }
        return process;
    }
}

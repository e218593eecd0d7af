package uk.supportbudget.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import uk.supportbudget.io.bank.ReadOptions;
import uk.supportbudget.service.ImportResult;
import uk.supportbudget.service.ImportService;
import uk.supportbudget.store.Book;

/**
 * Times a 10,000-row CSV import into a fresh book, then the same file again (all duplicates).
 * Not a unit test: timings on a shared build machine are too noisy to assert. Run with
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) uk.supportbudget.bench.ImportBench [rounds]
 * </pre>
 *
 * or, to time {@code import-bank} itself, write the statement with {@code ImportBench --write big.csv}.
 * Each round uses a new book; the first rounds include JVM warm-up, so the best and the first are
 * both printed.
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--write")) { // a statement for timing the CLI by hand
            Files.write(Path.of(args[1]), statement(10_000));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rowCount = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        byte[] csv = statement(rowCount);
        Path folder = Files.createTempDirectory("import-bench");
        ImportService service = new ImportService();
        long bestFirst = Long.MAX_VALUE;
        long bestAgain = Long.MAX_VALUE;
        for (int round = 1; round <= rounds; round++) {
            Path file = folder.resolve("bench-" + round + ".sbook");
            try (Book book = Book.create(file, "Bench", Clock.systemUTC())) {
                long start = System.nanoTime();
                ImportResult first = service.apply(book, "Bank", csv, "big.csv", ReadOptions.defaults());
                long firstNanos = System.nanoTime() - start;
                start = System.nanoTime();
                ImportResult again = service.apply(book, "Bank", csv, "big.csv", ReadOptions.defaults());
                long againNanos = System.nanoTime() - start;
                check(first.report().importedCount() == rowCount, "first import should take every row");
                check(again.report().duplicateCount() == rowCount && again.report().importedCount() == 0,
                        "re-import should find every row already there");
                System.out.printf("round %d: first import %d rows in %.0f ms; re-import (%d duplicates) in %.0f ms%n",
                        round, first.report().importedCount(), firstNanos / 1e6, again.report().duplicateCount(),
                        againNanos / 1e6);
                bestFirst = Math.min(bestFirst, firstNanos);
                bestAgain = Math.min(bestAgain, againNanos);
            }
            for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                Files.deleteIfExists(folder.resolve(file.getFileName() + suffix));
            }
        }
        System.out.printf("best: first import %.0f ms, re-import %.0f ms%n", bestFirst / 1e6, bestAgain / 1e6);
        try (var left = Files.list(folder)) {
            left.forEach(path -> path.toFile().delete());
        }
        Files.deleteIfExists(folder);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /** A Lloyds-shaped statement, oldest first, with a running balance and repeated payees. */
    static byte[] statement(int rows) {
        StringBuilder csv = new StringBuilder(rows * 100);
        csv.append("Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,"
                + "Debit Amount,Credit Amount,Balance\n");
        LocalDate day = LocalDate.of(2020, 1, 1);
        long balance = 0;
        for (int i = 0; i < rows; i++) {
            long pence = (i % 7 == 0) ? 125_000 : -(1_000 + i % 5_000);
            balance += pence;
            LocalDate date = day.plusDays(i / 10);
            csv.append(String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()))
                    .append(",DEB,'30-91-74,01234567,\"PAYEE NUMBER ").append(i % 300).append(", NEWTOWN\",");
            String amount = String.format("%d.%02d", Math.abs(pence) / 100, Math.abs(pence) % 100);
            csv.append(pence < 0 ? amount + "," : "," + amount);
            csv.append(',').append(balance < 0 ? "-" : "")
                    .append(String.format("%d.%02d", Math.abs(balance) / 100, Math.abs(balance) % 100)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}

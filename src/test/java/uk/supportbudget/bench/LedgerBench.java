package uk.supportbudget.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.service.LedgerFilter;
import uk.supportbudget.service.LedgerService;
import uk.supportbudget.service.LedgerSort;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.TransactionRepository;
import uk.supportbudget.ui.ledger.LedgerViewModel;

/**
 * Times the Money page's work on a book of 100,000 transactions: loading the compact rows off the
 * JavaFX thread, then each sort and filter the page does (the ViewModel's lists, no screen needed).
 * A main, not a timed test: a shared build machine is too noisy to assert on. Run with
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) uk.supportbudget.bench.LedgerBench [rows] [rounds]
 * </pre>
 *
 * Targets: first rows within 300 ms of asking, each sort or filter within 150 ms.
 */
public final class LedgerBench {

    private static final String[] PAYEES = {"Jordan Ellis", "Priya Shah", "HMRC CUMBERNAULD", "NEST", "A1 Taxis",
            "Brightside Home Care Ltd", "Westshire Leisure", "Argos", "AMAZON MKTPLACE", "The Note Exchange",
            "Seaview Respite Centre", "Independent Living Payroll", "WESTSHIRE CC DIRECT PAYMENT", "uCheck DBS"};
    private static final Category[] CATEGORIES = Category.values();

    private LedgerBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Files.createTempDirectory("ledger-bench");
        Path file = folder.resolve("bench.sbook");
        try (Book book = Book.create(file, "Bench", Clock.systemUTC())) {
            long start = System.nanoTime();
            fill(book, count);
            System.out.printf("built a book of %,d transactions in %.0f ms%n", count, (System.nanoTime() - start) / 1e6);
            LedgerService service = new LedgerService(book);
            for (int round = 1; round <= rounds; round++) {
                System.out.println("round " + round);
                time("  first rows (newest 200, off the FX thread)", () -> service.newestRows(200).rows().size());
                LedgerService.Rows rows = time("  load rows (off the FX thread)", service::rows);
                LedgerViewModel model = new LedgerViewModel();
                time("  show rows (sort newest first)", () -> {
                    model.setRows(rows);
                    return model.shown().size();
                });
                for (LedgerSort column : LedgerSort.values()) {
                    time("  sort by " + column.name().toLowerCase(), () -> {
                        model.sortBy(column, true);
                        return model.shown().get(0);
                    });
                }
                model.sortBy(LedgerSort.DATE, false);
                LedgerFilter all = LedgerFilter.everything();
                filter(model, "filter text \"taxi\"", all.withText("taxi"));
                filter(model, "filter text \"t\" (most rows)", all.withText("t"));
                filter(model, "filter category transport", all.withCategory(Category.TRANSPORT));
                filter(model, "filter funder NHS", all.withFunder(Funder.NHS));
                filter(model, "filter one account", all.withAccount(rows.accounts().get(1).id()));
                filter(model, "filter one year", all.withPeriod(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31)));
                filter(model, "filter needs a category", all.needingCategory());
                filter(model, "clear filter", all);
            }
        } finally {
            try (var left = Files.list(folder)) {
                left.forEach(path -> path.toFile().delete());
            }
            Files.deleteIfExists(folder);
        }
    }

    private static void filter(LedgerViewModel model, String what, LedgerFilter filter) {
        time("  " + what, () -> {
            model.filterProperty().set(filter);
            return model.totalsProperty().get().count();
        });
    }

    private static <T> T time(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("%-42s %7.1f ms%s%n", what, ms, result instanceof Integer n ? "  (" + n + " rows)" : "");
        return result;
    }

    /** A book of {@code count} plausible transactions over ten years in two accounts. */
    public static void fill(Book book, int count) {
        AccountRepository accounts = new AccountRepository(book);
        LocalDate start = LocalDate.of(2016, 4, 1);
        Account bank = accounts.add(new Account(0, "Direct payment account", AccountKind.BANK, "", "", Money.parse("2000.00"), start));
        Account card = accounts.add(new Account(0, "Prepaid card", AccountKind.PREPAID_CARD, "", "", Money.ZERO, start));
        java.util.Random random = new java.util.Random(7);
        List<Transaction> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate date = start.plusDays((long) i * 3650 / count);
            String payee = PAYEES[random.nextInt(PAYEES.length)];
            Category category = random.nextInt(50) == 0 ? null : CATEGORIES[random.nextInt(CATEGORIES.length - 1)];
            long pence = category != null && category.direction() == Category.Direction.IN
                    ? 50_000 + random.nextInt(150_000) : -(100 + random.nextInt(90_000));
            rows.add(Transaction.of(i % 4 == 0 ? card.id() : bank.id(), date, Money.ofPence(pence), payee,
                    "Payment " + (i % 997), category, Funder.values()[random.nextInt(Funder.values().length)], "Card"));
        }
        new TransactionRepository(book).addAll(rows);
    }
}

package uk.supportbudget.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Cycle;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.ManagementMode;
import uk.supportbudget.domain.plan.PlanLine;
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.domain.returns.Share;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.service.returns.ReturnService;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.store.SplitRepository;
import uk.supportbudget.store.TransactionRepository;

/**
 * Times a one-year council return (figures and PDF, every line item) for a book with 10,000
 * transactions over the year, some split. Not a unit test: timings on a shared machine are noisy.
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) uk.supportbudget.bench.ReturnBench [rounds]
 * </pre>
 *
 * The first round includes JVM warm-up (class loading, font parsing), so first and best are printed.
 */
public final class ReturnBench {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);

    private ReturnBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path folder = Files.createTempDirectory("return-bench");
        Path file = folder.resolve("bench.sbook");
        try (Book book = Book.create(file, "Bench", Clock.systemUTC())) {
            long built = System.nanoTime();
            fill(book, 10_000);
            System.out.printf("built a book with %d transactions in %.0f ms%n", new TransactionRepository(book).count(),
                    (System.nanoTime() - built) / 1e6);
            ReturnService service = new ReturnService(book, new CouncilProfiles(folder.resolve("councils")));
            long best = Long.MAX_VALUE;
            for (int round = 1; round <= rounds; round++) {
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                ReturnService.Prepared prepared = service.prepare(
                        new ReturnService.Request(START, START.plusYears(1).minusDays(1), null, null));
                long figures = System.nanoTime() - start;
                StringBuilder phases = new StringBuilder();
                long renderStart = System.nanoTime();
                byte[] pdf = service.render(prepared, START, progress -> phases.append(String.format(" %.2f@%.0fms",
                        progress, (System.nanoTime() - renderStart) / 1e6)));
                long total = System.nanoTime() - start;
                long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
                System.out.printf("round %d: %d lines, figures %.0f ms, figures + PDF (%d KB) %.0f ms wall, %.0f ms CPU%n",
                        round, prepared.figures().lineCount(), figures / 1e6, pdf.length / 1024, total / 1e6, cpu / 1e6);
                System.out.println("  render progress:" + phases);
                best = Math.min(best, total);
                if (round == 1) {
                    Files.write(folder.resolve("bench.pdf"), pdf);
                }
            }
            System.out.printf("best one-year return: %.0f ms (PDF kept at %s)%n", best / 1e6, folder.resolve("bench.pdf"));
        }
    }

    /** A deterministic year: council and NHS payments in, wages, HMRC, agency and small card spending out. */
    static void fill(Book book, int count) {
        new BookInfoRepository(book).save(new BookInfoRepository.BookInfo("Bench Person", LocalDate.of(1980, 1, 1),
                "Westshire County Council", "BENCH-1", "", "westshire"));
        new PlanRepository(book).add(new PlanRepository.Draft(new PlanYear(0, START, START.plusYears(1).minusDays(1), ""), List.of(),
                List.of(new FundingComponent(0, 0, Funder.COUNCIL, "Westshire", ManagementMode.DIRECT_PAYMENT,
                                Money.parse("2000.00"), Cycle.FOUR_WEEKLY, START),
                        new FundingComponent(0, 0, Funder.NHS, "ICB", ManagementMode.DIRECT_PAYMENT,
                                Money.parse("500.00"), Cycle.MONTHLY, START)),
                List.of(new PlanRepository.DraftLine(new PlanLine(0, 0, Category.PA_WAGES, "PAs", Money.parse("20000.00"), null), 0),
                        new PlanRepository.DraftLine(new PlanLine(0, 0, Category.TRANSPORT, "Taxis", Money.parse("2000.00"), null), 1))));
        long bank = new AccountRepository(book).add(new Account(0, "Bank", AccountKind.BANK, "", "1111",
                Money.parse("3000.00"), START)).id();
        long card = new AccountRepository(book).add(new Account(0, "Card", AccountKind.PREPAID_CARD, "", "2222",
                Money.parse("100.00"), START)).id();
        Random random = new Random(10_000);
        Category[] spend = {Category.PA_WAGES, Category.HMRC, Category.PENSION, Category.AGENCY_CARE, Category.TRANSPORT,
                Category.EQUIPMENT, Category.DAY_ACTIVITIES, Category.OTHER_SUPPORT};
        List<Transaction> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate date = START.plusDays(i * 365L / count);
            if (i % 50 == 0) {
                rows.add(Transaction.of(bank, date, Money.parse("2000.00"), "WESTSHIRE CC", "Direct payment",
                        Category.COUNCIL_PAYMENT, Funder.COUNCIL, "Bank credit"));
            } else {
                Category category = spend[random.nextInt(spend.length)];
                rows.add(Transaction.of(random.nextBoolean() ? bank : card, date,
                        Money.ofPence(-(100 + random.nextInt(20_000))), "Payee " + random.nextInt(400),
                        "Payment " + i, category, random.nextInt(4) == 0 ? Funder.NHS : Funder.COUNCIL, "Card"));
            }
        }
        List<Transaction> added = new TransactionRepository(book).addAll(rows);
        SplitRepository splits = new SplitRepository(book);
        book.inTransaction(connection -> {
            for (int i = 7; i < added.size(); i += 97) {
                Transaction t = added.get(i);
                if (t.amount().isNegative()) {
                    Money part = Money.ofPence(t.amount().pence() / 2);
                    splits.replace(t.id(), List.of(new Share(Category.PA_WAGES, Funder.COUNCIL, part),
                            new Share(Category.TRANSPORT, Funder.NHS, t.amount().minus(part))));
                }
            }
            return null;
        });
    }
}

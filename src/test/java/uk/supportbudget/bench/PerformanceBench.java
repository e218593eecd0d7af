package uk.supportbudget.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.io.bank.ReadOptions;
import uk.supportbudget.service.DashboardService;
import uk.supportbudget.service.ImportService;
import uk.supportbudget.service.LedgerService;
import uk.supportbudget.service.LedgerFilter;
import uk.supportbudget.service.LedgerSort;
import uk.supportbudget.service.ReminderService;
import uk.supportbudget.service.SyntheticBook;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.service.returns.ReturnService;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.ui.ledger.LedgerViewModel;
import uk.supportbudget.store.Book;

/**
 * The benchmark behind docs/performance.md: {@code mvn -Pbench verify}. It generates books of
 * 10k, 100k and (with {@code -Dbench.sizes=10000,100000,1000000}) 1M transactions, measures each
 * operation of issue 10 on them and prints a table; it asserts nothing, so a slow machine never
 * fails a build. Each figure is the best of a few runs after one warm-up, except cold start,
 * which is a fresh JVM every time.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class PerformanceBench {

    private static final Clock CLOCK = Clock.systemDefaultZone();
    private final Map<String, Map<Integer, String>> table = new LinkedHashMap<>();
    private final Path folder = Path.of("target", "bench");

    @Test
    void measureEverything() throws Exception {
        Files.createDirectories(folder);
        List<Integer> sizes = new ArrayList<>();
        for (String size : System.getProperty("bench.sizes", "10000,100000").split(",")) {
            sizes.add(Integer.parseInt(size.strip()));
        }
        for (int size : sizes) {
            Path book = folder.resolve("book-" + size + ".sbook");
            deleteBook(book);
            long started = System.nanoTime();
            SyntheticBook.generate(book, new SyntheticBook.Size(10, 30, size, 1), CLOCK);
            record("generate the book (not a target)", size, millis(started));
            record("open the book and add up the dashboard (≤ 300 ms)", size, bestWithProcessor(5, () -> {
                try (Book open = Book.open(book, CLOCK)) {
                    new DashboardService(open).summary(LocalDate.now(CLOCK));
                }
            }));
            try (Book open = Book.open(book, CLOCK)) {
                record("the dashboard's figures alone, book already open (not a target)", size, bestWithProcessor(5,
                        () -> new DashboardService(open).summary(LocalDate.now(CLOCK))));
                record("what's next: the reminders for today (not a target)", size, bestWithProcessor(5,
                        () -> new ReminderService(open, CouncilProfiles.standard()).reminders(LocalDate.now(CLOCK))));
            }
            try (Book open = Book.open(book, CLOCK)) {
                LedgerService ledger = new LedgerService(open);
                record("ledger: first rows on screen (≤ 300 ms)", size, best(3, () -> ledger.newestRows(200)));
                record("ledger: every row loaded, in the background", size, best(3, ledger::rows));
                LedgerViewModel model = new LedgerViewModel();
                model.setRows(ledger.rows());
                long slowestSort = 0;
                for (LedgerSort column : LedgerSort.values()) {
                    slowestSort = Math.max(slowestSort, bestNanos(3, () -> model.sortBy(column, true)));
                }
                record("ledger: slowest sort of any column (≤ 150 ms)", size, slowestSort / 1_000_000 + " ms");
                LedgerFilter all = LedgerFilter.everything();
                long slowestFilter = 0;
                for (LedgerFilter filter : List.of(all.withText("taxi"), all.withText("t"),
                        all.withCategory(Category.TRANSPORT), all.withFunder(Funder.NHS), all.needingCategory(), all)) {
                    // setting the filter it already has changes nothing: start each try from another one, untimed
                    LedgerFilter other = filter.equals(all) ? all.withText("t") : all;
                    long best = Long.MAX_VALUE;
                    for (int i = 0; i < 3; i++) {
                        model.filterProperty().set(other);
                        long start = System.nanoTime();
                        model.filterProperty().set(filter);
                        model.totalsProperty().get().count();
                        best = Math.min(best, System.nanoTime() - start);
                    }
                    slowestFilter = Math.max(slowestFilter, best);
                }
                record("ledger: slowest filter (≤ 150 ms)", size, slowestFilter / 1_000_000 + " ms");

                new BookInfoRepository(open).save(new BookInfoRepository.BookInfo("Synthetic Person",
                        LocalDate.of(1980, 1, 1), "Westshire County Council", "BENCH-1", "", "westshire"));
                ReturnService returns = new ReturnService(open, new CouncilProfiles(folder.resolve("councils")));
                LocalDate today = LocalDate.now(CLOCK);
                ReturnService.Request year = new ReturnService.Request(today.minusYears(1).plusDays(1), today, null, null);
                record("a one-year council return PDF with its line items (≤ 2 s)", size, best(2,
                        () -> returns.render(returns.prepare(year), today, progress -> { })));
                byte[] statement = csv(10_000, size);
                ImportService imports = new ImportService();
                record("import a 10,000-row CSV, duplicates checked (≤ 1 s)", size, once(() ->
                        imports.apply(open, "Import bench", statement, "bench.csv", ReadOptions.defaults())));
                record("re-import the same CSV: all duplicates", size, once(() ->
                        imports.apply(open, "Import bench", statement, "bench.csv", ReadOptions.defaults())));
            }
            String[] cold = coldStart(book);
            record("cold start to the dashboard with data (≤ 1.5 s)", size, cold[0]);
            record("cold start, with an AppCDS archive from a training run", size, cold[1]);
            record("memory with the book open, resident, at the first frame and 3 s later (≤ 400 MB)", size, cold[2]);
        }
        Path batch = payrollBatch(10_000);
        record("payroll-calc --batch, 10,000 rows, with JVM start (≤ 1 s)", 0, bestCommand(3, List.of(
                "payroll-calc", "--batch", batch.toString())));
        print(sizes);
    }

    private void record(String operation, int size, String value) {
        table.computeIfAbsent(operation, k -> new LinkedHashMap<>()).put(size, value);
    }

    private static String millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000 + " ms";
    }

    private static String best(int runs, Runnable work) {
        work.run(); // warm-up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - started);
        }
        return best / 1_000_000 + " ms";
    }

    /**
     * Best wall time and best processor time of this thread (SQLite runs on it, through JNI), for
     * a busy machine where the wall clock mostly measures waiting for a core.
     */
    private static String bestWithProcessor(int runs, Runnable work) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        work.run(); // warm-up
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - started);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
        }
        return best / 1_000_000 + " ms (" + bestCpu / 1_000_000 + " ms processor)";
    }

    private static long bestNanos(int runs, Runnable work) {
        work.run(); // warm-up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - started);
        }
        return best;
    }

    private static String once(Supplier<?> work) {
        long started = System.nanoTime();
        work.get();
        return millis(started);
    }

    private String bestCommand(int runs, List<String> arguments) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                    "uk.supportbudget.Launcher"));
            command.addAll(arguments);
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor();
            best = Math.min(best, System.nanoTime() - started);
        }
        return best / 1_000_000 + " ms";
    }

    /**
     * A fresh headless JVM opens the app on the book, with the JVM options the packaged app gets
     * (packaging/jpackage/app-image.args); the app prints when the dashboard shows its figures,
     * the processor time it used by then and its memory then and three seconds later. Measured
     * without and with an AppCDS archive made by one training run, as docs/performance.md
     * describes. Best of five; the memory is the largest seen.
     */
    private String[] coldStart(Path book) throws Exception {
        Path home = Files.createDirectories(folder.resolve("home"));
        List<String> common = new ArrayList<>(List.of(java(), "-cp", jarsOnlyClassPath()));
        common.addAll(packagedJvmOptions());
        common.addAll(List.of("-Dsupportbudget.benchmark=true", "-Dsupportbudget.home=" + home.toAbsolutePath(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Xshare:auto"));
        Path archive = folder.resolve("cold-start.jsa").toAbsolutePath();
        Files.deleteIfExists(archive);
        coldRun(common, List.of("-XX:ArchiveClassesAtExit=" + archive), book); // training run: also takes the daily backup
        ColdStart plain = coldRuns(common, List.of(), book);
        ColdStart shared = Files.exists(archive) ? coldRuns(common, List.of("-XX:SharedArchiveFile=" + archive), book) : null;
        return new String[] {plain.describe(), shared == null ? "no archive" : shared.describe(),
                Math.max(plain.rssMb, shared == null ? 0 : shared.rssMb) + " MB"};
    }

    private record ColdStart(long millis, long cpuMillis, long rssMb) {
        String describe() {
            return millis == Long.MAX_VALUE ? "failed" : millis + " ms (" + cpuMillis + " ms processor)";
        }
    }

    private static ColdStart coldRuns(List<String> common, List<String> extra, Path book) throws Exception {
        long bestMillis = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        long rss = 0;
        for (int i = 0; i < 5; i++) {
            long[] run = coldRun(common, extra, book);
            if (run[0] < bestMillis) {
                bestMillis = run[0];
            }
            bestCpu = Math.min(bestCpu, run[1]);
            rss = Math.max(rss, run[2]);
        }
        return new ColdStart(bestMillis, bestCpu, rss / 1024);
    }

    /** One start: milliseconds to the first frame with data, processor milliseconds, and the largest resident kB. */
    private static long[] coldRun(List<String> common, List<String> extra, Path book) throws Exception {
        List<String> command = new ArrayList<>(common);
        command.addAll(1, extra);
        command.addAll(List.of("uk.supportbudget.Launcher", book.toAbsolutePath().toString()));
        long[] result = {Long.MAX_VALUE, Long.MAX_VALUE, 0};
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                for (String field : line.split(" ")) {
                    String[] pair = field.split("=");
                    if (pair.length != 2 || !pair[1].matches("-?\\d+")) {
                        continue;
                    }
                    long value = Long.parseLong(pair[1]);
                    switch (pair[0]) {
                        case "first-frame-with-data-ms" -> result[0] = value;
                        case "cpu-ms" -> result[1] = value;
                        case "rss-kb", "settled-rss-kb" -> result[2] = Math.max(result[2], value);
                        default -> { }
                    }
                }
            }
        }
        process.waitFor();
        return result;
    }

    /**
     * The test class path with each folder (target/classes, target/test-classes) packed into a
     * jar: class-data sharing archives only classes from jars, as in the packaged app. Surefire
     * runs the tests from a manifest-only jar, so the real path comes from its own property.
     */
    private String jarsOnlyClassPath() throws IOException {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path jars = Files.createDirectories(folder.resolve("classpath-jars"));
        List<String> entries = new ArrayList<>();
        int folders = 0;
        for (String entry : path.split(java.io.File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.isDirectory(source)) {
                entries.add(entry);
                continue;
            }
            Path jar = jars.resolve("folder-" + folders++ + ".jar");
            try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                 var files = Files.walk(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new java.util.jar.JarEntry(source.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            entries.add(jar.toAbsolutePath().toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** The {@code --java-options} the packaged app starts with, so that cold start is measured as it runs. */
    private static List<String> packagedJvmOptions() throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("packaging", "jpackage", "app-image.args"))) {
            line = line.strip();
            if (line.startsWith("--java-options ") && !line.contains("$APPDIR")) {
                options.add(line.substring("--java-options ".length()).replace("\"", "").strip());
            }
        }
        return options;
    }

    private Path payrollBatch(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("id,tax_year,frequency,period,tax_code,week1_month1,ni_category,gross,prev_taxable_pay,prev_tax_paid\n");
        String[] codes = {"1257L", "S1257L", "C1257L", "K585", "BR", "D0", "NT", "0T", "1257L M1", "SD2"};
        for (int i = 0; i < rows; i++) {
            int period = 1 + i % 12;
            csv.append(String.format(Locale.ROOT, "%d,2026-27,monthly,%d,%s,false,A,%d.%02d,%d.00,%d.00%n", i, period,
                    codes[i % codes.length], 500 + (i * 37) % 4000, i % 100, (period - 1) * 1500, (period - 1) * 90));
        }
        Path file = folder.resolve("payroll-batch.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static byte[] csv(int rows, int salt) {
        StringBuilder text = new StringBuilder("Date,Description,Amount\n");
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < rows; i++) {
            LocalDate date = day.plusDays(i % 300);
            text.append(String.format(Locale.ROOT, "%02d/%02d/%d,BENCH SHOP %d %d,-%d.%02d%n", date.getDayOfMonth(),
                    date.getMonthValue(), date.getYear(), salt, i, 1 + i % 200, i % 100));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void print(List<Integer> sizes) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(", Java ").append(System.getProperty("java.version")).append(", ")
                .append(LocalDate.now(CLOCK)).append("\n\n");
        out.append("| operation |");
        sizes.forEach(size -> out.append(' ').append(String.format(Locale.UK, "%,d", size)).append(" transactions |"));
        out.append("\n|---|").append("---|".repeat(sizes.size())).append('\n');
        for (var row : table.entrySet()) {
            out.append("| ").append(row.getKey()).append(" |");
            if (row.getValue().containsKey(0)) {
                out.append(' ').append(row.getValue().get(0)).append(" (any size) |").append(" |".repeat(sizes.size() - 1));
            } else {
                for (int size : sizes) {
                    out.append(' ').append(row.getValue().getOrDefault(size, "")).append(" |");
                }
            }
            out.append('\n');
        }
        System.out.println(out);
        Files.writeString(folder.resolve("performance.md"), out);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteBook(Path book) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            Files.deleteIfExists(book.resolveSibling(book.getFileName() + suffix));
        }
    }
}

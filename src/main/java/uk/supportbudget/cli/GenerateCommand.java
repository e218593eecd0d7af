package uk.supportbudget.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.supportbudget.service.SyntheticBook;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Fill a new book with a large synthetic but plausible history, for benchmarks.")
final class GenerateCommand extends CliCommand {

    @Option(names = "--book", required = true, paramLabel = "FILE", description = "The new book to create")
    Path file;

    @Option(names = "--years", defaultValue = "10", paramLabel = "N", description = "Years of history (default 10)")
    int years;

    @Option(names = "--staff", defaultValue = "30", paramLabel = "N", description = "Number of PAs (default 30)")
    int staff;

    @Option(names = "--transactions", defaultValue = "100000", paramLabel = "N",
            description = "Bank transactions to make (default 100000)")
    int transactions;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Same seed, same book (default 1)")
    long seed;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        SyntheticBook.Made made = SyntheticBook.generate(file,
                new SyntheticBook.Size(years, staff, transactions, seed), Clock.systemDefaultZone());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("book", BookCommands.show(file));
        result.put("years", years);
        result.put("planYears", made.planYears());
        result.put("accounts", made.accounts());
        result.put("staff", made.staff());
        result.put("transactions", made.transactions());
        result.put("seconds", String.format("%.2f", (System.nanoTime() - started) / 1e9));
        printJson(result);
        say("Generated " + made.transactions() + " transactions in " + file + ".");
        return Cli.OK;
    }
}

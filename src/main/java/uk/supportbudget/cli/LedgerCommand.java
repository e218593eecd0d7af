package uk.supportbudget.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.supportbudget.domain.ledger.Split;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.service.LedgerService;
import uk.supportbudget.store.Book;

@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Print transactions (oldest first) and the balance at the end of the period, as JSON.")
final class LedgerCommand extends CliCommand {

    @Mixin
    PassphraseOption passphrase;

    @Option(names = "--book", required = true, paramLabel = "FILE", description = "The book to read")
    Path file;

    @Option(names = "--account", paramLabel = "NAME", description = "Only this account (default: all)")
    String account;

    @Option(names = "--from", paramLabel = "DATE", converter = IsoDate.class, description = "First day, YYYY-MM-DD")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = IsoDate.class, description = "Last day, YYYY-MM-DD")
    LocalDate to;

    @Override
    public Integer call() {
        try (Book book = BookCommands.service(passphrase).open(file)) {
            LedgerService.Statement statement = new LedgerService(book).statement(account, from, to);
            List<Map<String, Object>> rows = new ArrayList<>(statement.transactions().size());
            for (Transaction t : statement.transactions()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", t.id());
                row.put("date", t.date().toString());
                row.put("account", statement.accounts().get(t.accountId()).name());
                row.put("amount", t.amount().plain());
                row.put("payee", t.payee());
                row.put("description", t.description());
                row.put("category", t.category() == null ? null : t.category().label());
                row.put("fundingSource", t.funder() == null ? null : t.funder().label());
                List<Split> parts = statement.splits().get(t.id());
                if (parts != null) {
                    // a split transaction's category is its largest part's; the parts say the rest
                    row.put("splits", parts.stream().map(LedgerCommand::part).toList());
                }
                rows.add(row);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("transactions", rows);
            result.put("balance", statement.balance().plain());
            printJson(result);
        }
        return Cli.OK;
    }

    private static Map<String, Object> part(Split split) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("category", split.category().label());
        part.put("fundingSource", split.funder() == null ? null : split.funder().label());
        part.put("amount", split.amount().plain());
        return part;
    }
}

package uk.supportbudget.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.TransactionRepository;

@Command(name = "demo-book", mixinStandardHelpOptions = true,
        description = "Create a book full of realistic example data, to explore the app.")
final class DemoBookCommand extends CliCommand {

    @Option(names = "--book", required = true, paramLabel = "FILE", description = "The book to create")
    Path file;

    @Override
    public Integer call() {
        try (Book book = BookCommands.service().createDemo(file)) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("book", BookCommands.show(book.path()));
            result.put("name", new BookInfoRepository(book).get().personName());
            result.put("accounts", new AccountRepository(book).all().size());
            result.put("transactions", new TransactionRepository(book).count());
            printJson(result);
        }
        say("Created the example book " + file + ".");
        return Cli.OK;
    }
}

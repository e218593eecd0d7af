package uk.supportbudget.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.supportbudget.store.Book;

@Command(name = "new-book", mixinStandardHelpOptions = true,
        description = "Create an empty budget book. Refuses to overwrite an existing file.")
final class NewBookCommand extends CliCommand {

    @Option(names = "--book", required = true, paramLabel = "FILE", description = "The book to create, e.g. jane.sbook")
    Path file;

    @Option(names = "--name", paramLabel = "NAME", description = "Whose budget it is, e.g. \"Jane Doe\"")
    String name;

    @Override
    public Integer call() {
        try (Book book = BookCommands.service().create(file, name)) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("book", BookCommands.show(book.path()));
            result.put("name", name == null || name.isBlank() ? "My budget" : name.strip());
            result.put("schemaVersion", Book.currentVersion());
            printJson(result);
        }
        say("Created the budget book " + file + ".");
        return Cli.OK;
    }
}

package uk.supportbudget.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Put a verified backup in place of a book. The book it replaces is kept aside.")
final class RestoreCommand extends CliCommand {

    @Mixin
    PassphraseOption passphrase;

    @Option(names = "--from", required = true, paramLabel = "BACKUP", description = "The backup to restore")
    Path backup;

    @Option(names = "--book", required = true, paramLabel = "FILE", description = "The book to replace (or create)")
    Path file;

    @Override
    public Integer call() {
        Optional<Path> keptAside = BookCommands.service(passphrase).restore(backup, file);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("book", BookCommands.show(file));
        result.put("restoredFrom", BookCommands.show(backup));
        result.put("replacedBookKeptAt", keptAside.map(BookCommands::show).orElse(null));
        printJson(result);
        say("Restored " + file + " from " + backup + keptAside.map(p -> "; the old book is kept at " + p).orElse("") + ".");
        return Cli.OK;
    }
}

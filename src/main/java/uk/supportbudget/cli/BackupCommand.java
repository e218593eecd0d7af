package uk.supportbudget.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a verified copy of a book.")
final class BackupCommand extends CliCommand {

    @Mixin
    PassphraseOption passphrase;

    @Option(names = "--book", required = true, paramLabel = "FILE", description = "The book to back up")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "BACKUP", description = "Where to write the copy")
    Path target;

    @Override
    public Integer call() throws Exception {
        Path written = BookCommands.service(passphrase).backup(file, target);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("book", BookCommands.show(file));
        result.put("backup", BookCommands.show(written));
        result.put("bytes", Files.size(written));
        result.put("verified", true);
        printJson(result);
        say("Backed up " + file + " to " + written + " and checked the copy.");
        return Cli.OK;
    }
}

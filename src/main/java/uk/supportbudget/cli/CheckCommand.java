package uk.supportbudget.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.supportbudget.store.BookCheck;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a book's integrity and print a JSON report. Exit 1 if it is damaged. Never changes the book.")
final class CheckCommand extends CliCommand {

    @Mixin
    PassphraseOption passphrase;

    @Option(names = "--book", required = true, paramLabel = "FILE", description = "The book to check")
    Path file;

    @Override
    public Integer call() {
        BookCheck.Report report = BookCommands.service(passphrase).check(file);
        printJson(report);
        if (!report.ok()) {
            say(file + " has problems: see the report. Restore the latest backup if it is damaged.");
            return Cli.REFUSED;
        }
        return Cli.OK;
    }
}

package uk.supportbudget.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.supportbudget.domain.returns.ReturnPeriod;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.service.returns.ReturnService;
import uk.supportbudget.store.Book;

@Command(name = "return", mixinStandardHelpOptions = true,
        description = {"Write the council spending return for a period as PDF and print its figures as JSON.",
                "Covers every account (or one funder's share). The book is not changed."})
final class ReturnCommand extends CliCommand {

    @Mixin
    PassphraseOption passphrase;

    @Option(names = "--book", required = true, paramLabel = "FILE", description = "The book to read")
    Path file;

    @Option(names = "--from", required = true, paramLabel = "DATE", converter = IsoDate.class,
            description = "First day of the period, YYYY-MM-DD")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", converter = IsoDate.class,
            description = "Last day of the period, YYYY-MM-DD")
    LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF")
    Path out;

    @Option(names = "--council", paramLabel = "PROFILE",
            description = "Council profile id or a profile .json file (default: the book's own)")
    String council;

    @Option(names = "--funder", paramLabel = "NAME",
            description = "Only this funder's share: council, nhs, ilf, contribution, other, or the name in the plan")
    String funder;

    @Override
    public Integer call() {
        new ReturnPeriod(from, to);
        ReturnService.checkWritable(out);
        try (Book book = BookCommands.service(passphrase).open(file)) {
            ReturnService service = new ReturnService(book, CouncilProfiles.standard());
            ReturnService.Prepared prepared = service.prepare(new ReturnService.Request(from, to, council, funder));
            if (prepared.figures().isEmpty()) {
                say("There are no transactions from " + from + " to " + to
                        + "; the return is still valid and shows the opening and closing balances only.");
            }
            byte[] pdf = service.render(prepared, LocalDate.now(book.clock()),
                    progress -> { });
            ReturnService.writePdf(pdf, out);
            printJson(ReturnService.figuresJson(prepared));
        }
        return Cli.OK;
    }
}

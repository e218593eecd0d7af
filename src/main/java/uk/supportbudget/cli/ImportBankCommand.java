package uk.supportbudget.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.supportbudget.io.bank.DateOrder;
import uk.supportbudget.io.bank.ReadOptions;
import uk.supportbudget.io.bank.RejectedRow;
import uk.supportbudget.io.bank.StatementFormat;
import uk.supportbudget.service.ImportPreview;
import uk.supportbudget.service.ImportResult;
import uk.supportbudget.service.ImportService;
import uk.supportbudget.store.Book;

@Command(name = "import-bank", mixinStandardHelpOptions = true,
        description = "Import a bank or card statement (CSV, QIF or OFX) into an account, creating the account if"
                + " it does not exist. Rows already imported are skipped. Prints a JSON report.")
final class ImportBankCommand extends CliCommand {

    @Mixin
    PassphraseOption passphrase;

    /** Bigger than any real statement download; stops a wrong file filling memory. */

    /** The orders a person can ask for; auto is the default. */
    enum DateOrderChoice {
        DMY(DateOrder.DMY), MDY(DateOrder.MDY), AUTO(DateOrder.AUTO);

        final DateOrder order;

        DateOrderChoice(DateOrder order) {
            this.order = order;
        }
    }

    /** As CLI.md writes them. */
    enum FormatChoice {
        AUTO(StatementFormat.AUTO), CSV(StatementFormat.CSV), QIF(StatementFormat.QIF), OFX(StatementFormat.OFX);

        final StatementFormat format;

        FormatChoice(StatementFormat format) {
            this.format = format;
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(names = "--book", required = true, paramLabel = "FILE", description = "The book to import into")
    Path bookFile;

    @Option(names = "--account", required = true, paramLabel = "NAME",
            description = "The account the statement belongs to; created if the book has none by this name")
    String account;

    @Option(names = "--file", required = true, paramLabel = "STATEMENT", description = "The statement file")
    Path statementFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, csv, qif or ofx (default: auto, from the content)")
    FormatChoice format;

    @Option(names = "--date-order", paramLabel = "ORDER",
            description = "dmy or mdy, for dates such as 04/05/2025 (default: day first unless the dates only fit month first)")
    DateOrderChoice dateOrder;

    @Option(names = "--dry-run", description = "Print the report and write nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        byte[] content = readStatement(statementFile);
        ReadOptions options = new ReadOptions(format.format, dateOrder == null ? DateOrder.AUTO : dateOrder.order, null);
        String fileName = statementFile.getFileName() == null ? statementFile.toString()
                : statementFile.getFileName().toString();
        ImportService service = new ImportService();
        if (dryRun) {
            // Opened only to read: nothing, not even a schema upgrade, can be written.
            try (Book book = BookCommands.service(passphrase).openToInspect(bookFile)) {
                ImportPreview preview = service.preview(book, account, content, fileName, options);
                printJson(report(preview, preview.createsAccount(), true));
                say("Dry run, nothing was written: " + summary(preview, "would be imported"));
            }
            return Cli.OK;
        }
        try (Book book = BookCommands.service(passphrase).open(bookFile)) {
            ImportResult result = service.apply(book, account, content, fileName, options);
            printJson(report(result.report(), result.accountCreated(), false));
            say(summary(result.report(), "imported"));
        }
        return Cli.OK;
    }

    static byte[] readStatement(Path file) {
        return ImportService.readStatementFile(file);
    }

    /** CLI.md's fields first, in its order; the extras after. */
    static Map<String, Object> report(ImportPreview preview, boolean accountCreated, boolean dryRun) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", preview.format());
        json.put("rows", preview.rowCount());
        json.put("imported", preview.importedCount());
        json.put("duplicates", preview.duplicateCount());
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (RejectedRow row : preview.rejected()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("line", row.line());
            entry.put("reason", row.reason());
            rejected.add(entry);
        }
        json.put("rejected", rejected);
        json.put("needsCategory", preview.needsCategoryCount());
        json.put("account", preview.accountName());
        json.put("accountCreated", accountCreated);
        json.put("layout", preview.statement().layout());
        json.put("warnings", preview.warnings());
        json.put("dryRun", dryRun);
        return json;
    }

    private static String summary(ImportPreview preview, String done) {
        return preview.importedCount() + " of " + preview.rowCount() + " transactions "
                + done + " into \"" + preview.accountName() + "\", " + preview.duplicateCount()
                + " already there, " + preview.rejectedCount() + " could not be read"
                + (preview.needsCategoryCount() > 0 ? ", " + preview.needsCategoryCount() + " need a category." : ".");
    }
}

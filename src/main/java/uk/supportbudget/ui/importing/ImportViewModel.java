package uk.supportbudget.ui.importing;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.io.bank.ColumnMappingNeeded;
import uk.supportbudget.io.bank.CsvMapping;
import uk.supportbudget.io.bank.DateOrder;
import uk.supportbudget.io.bank.ReadOptions;
import uk.supportbudget.service.ImportPreview;
import uk.supportbudget.service.ImportResult;
import uk.supportbudget.ui.common.I18n;

/**
 * The import screen's state, without any nodes: the chosen file and account, how to read it, the
 * preview the service made, and what the import did. The sentences it shows are made here so they
 * can be tested without a screen.
 */
public final class ImportViewModel {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM yyyy");

    /** One row of the preview table as shown. */
    public record RowView(int line, ImportPreview.Status status, String statusText, String date, Money amount,
                          String text, String note) {
    }

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty accountName = new SimpleStringProperty("");
    private final ObjectProperty<DateOrder> dateOrder = new SimpleObjectProperty<>(DateOrder.AUTO);
    private final ObjectProperty<CsvMapping> mapping = new SimpleObjectProperty<>();
    private final ObjectProperty<ColumnMappingNeeded> mappingQuestion = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private byte[] content;

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty accountNameProperty() {
        return accountName;
    }

    public ObjectProperty<DateOrder> dateOrderProperty() {
        return dateOrder;
    }

    /** Columns the person chose for a CSV we did not recognise; null to recognise the layout. */
    public ObjectProperty<CsvMapping> mappingProperty() {
        return mapping;
    }

    /** The headings the person was asked about, kept so the choice can be saved with the import. */
    public ObjectProperty<ColumnMappingNeeded> mappingQuestionProperty() {
        return mappingQuestion;
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    /** One sentence when the file cannot be read, else empty. */
    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public byte[] content() {
        return content;
    }

    /** A new file: forget what was read from the last one. */
    public void fileRead(Path path, byte[] bytes) {
        content = bytes;
        mapping.set(null);
        mappingQuestion.set(null);
        result.set(null);
        file.set(path);
    }

    public ReadOptions options() {
        return new ReadOptions(uk.supportbudget.io.bank.StatementFormat.AUTO, dateOrder.get(), mapping.get());
    }

    public String fileName() {
        return file.get() == null ? "" : file.get().getFileName().toString();
    }

    public boolean readyToPreview() {
        return content != null && accountName.get() != null && !accountName.get().isBlank();
    }

    /** Import is offered once there is a preview with something new in it and nothing is running. */
    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> preview.get() != null && result.get() == null && !busy.get()
                && preview.get().importedCount() > 0, preview, result, busy);
    }

    public void previewMade(ImportPreview made) {
        problem.set("");
        preview.set(made);
    }

    public void failed(String sentence) {
        preview.set(null);
        problem.set(sentence);
    }

    // ---- what the screen says ---------------------------------------------------------------

    /** "24 rows: 20 new, 3 already in the book, 1 could not be read." */
    public static String summary(ImportPreview preview) {
        return I18n.tr("import.summary", preview.rowCount(), preview.importedCount(), preview.duplicateCount(),
                preview.rejectedCount());
    }

    /** Where the rows will go and how the file was read. */
    public static String readAs(ImportPreview preview) {
        String layout = preview.statement().layout();
        return preview.createsAccount()
                ? I18n.tr("import.readAsNewAccount", layout, preview.accountName())
                : I18n.tr("import.readAs", layout, preview.accountName());
    }

    /** "5 new rows need a category." or empty. */
    public static String needsCategory(ImportPreview preview) {
        int count = preview.needsCategoryCount();
        return count == 0 ? "" : I18n.tr("import.needsCategory", count);
    }

    /** The running-balance warning and anything else the file made us notice, one per line. */
    public static String warnings(ImportPreview preview) {
        return String.join("\n", preview.warnings());
    }

    public static List<RowView> rows(ImportPreview preview) {
        return preview.rows().stream().map(ImportViewModel::row).toList();
    }

    private static RowView row(ImportPreview.Row row) {
        String status = switch (row.status()) {
            case NEW -> I18n.tr("import.status.new");
            case DUPLICATE -> I18n.tr("import.status.duplicate");
            case REJECTED -> I18n.tr("import.status.rejected");
        };
        if (row.status() == ImportPreview.Status.REJECTED) {
            return new RowView(row.line(), row.status(), status, "", null, "", row.reason());
        }
        String note = switch (row.status()) {
            case NEW -> row.category() == null ? I18n.tr("money.needsCategory") : row.category().label();
            case DUPLICATE -> I18n.tr("import.alreadyInBook");
            case REJECTED -> row.reason();
        };
        return new RowView(row.line(), row.status(), status, row.date().format(DAY), row.amount(),
                row.source().text(), note);
    }

    /** What the import did, in one or two sentences. */
    public static String resultSentence(ImportResult result) {
        ImportPreview report = result.report();
        return I18n.tr("import.done", report.importedCount(), report.accountName(), report.duplicateCount(),
                report.rejectedCount());
    }

    /** Whether the statement says its own closing balance, so reconciling can start from it. */
    public static boolean offersReconcile(ImportResult result) {
        return result.accountId() != null && result.report().statement().closingBalance() != null
                && result.report().statement().closingDate() != null;
    }
}

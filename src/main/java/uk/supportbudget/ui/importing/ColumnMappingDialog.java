package uk.supportbudget.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import uk.supportbudget.io.bank.CsvMapping;
import uk.supportbudget.io.bank.StatementRow;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * Asks which column of an unrecognised CSV holds what, showing the first rows read with the
 * current choices as they change. Offered with the choices saved for the same headings, if any.
 */
public final class ColumnMappingDialog {

    private final ColumnMappingViewModel model;
    private final Dialog<CsvMapping> dialog = new Dialog<>();
    private final List<String> columns;
    private final ComboBox<String> date = chooser("mapping-date", false);
    private final ComboBox<String> amount = chooser("mapping-amount", true);
    private final ComboBox<String> paidIn = chooser("mapping-paid-in", true);
    private final ComboBox<String> paidOut = chooser("mapping-paid-out", true);
    private final ComboBox<String> payee = chooser("mapping-payee", true);
    private final ComboBox<String> description = chooser("mapping-description", true);
    private final ComboBox<String> reference = chooser("mapping-reference", true);
    private final ComboBox<String> balance = chooser("mapping-balance", true);
    private final ComboBox<String> bankId = chooser("mapping-bank-id", true);
    private final ComboBox<String> dateFormat = new ComboBox<>();
    private final CheckBox hasHeadings = new CheckBox(I18n.tr("mapping.hasHeadings"));
    private final CheckBox spendingPositive = new CheckBox(I18n.tr("mapping.spendingPositive"));
    private final Label problem = new Label();
    private final Label readSummary = new Label();
    private final TableView<StatementRow> preview = new TableView<>();
    private final ButtonType use = new ButtonType(I18n.tr("mapping.use"), ButtonBar.ButtonData.OK_DONE);

    public ColumnMappingDialog(Window owner, ColumnMappingViewModel model, Optional<CsvMapping> saved) {
        this.model = model;
        this.columns = model.columnNames();
        for (ComboBox<String> combo : List.of(date, amount, paidIn, paidOut, payee, description, reference, balance, bankId)) {
            combo.getItems().addAll(columns);
            combo.valueProperty().addListener((o, a, b) -> refresh());
        }
        dateFormat.setId("mapping-date-format");
        dateFormat.setEditable(true);
        dateFormat.getItems().add(I18n.tr("mapping.dateAuto"));
        dateFormat.getItems().addAll(ColumnMappingViewModel.DATE_FORMATS);
        dateFormat.setAccessibleText(I18n.tr("mapping.dateFormat"));
        dateFormat.valueProperty().addListener((o, a, b) -> refresh());
        hasHeadings.setId("mapping-has-headings");
        hasHeadings.selectedProperty().addListener((o, a, b) -> refresh());
        spendingPositive.selectedProperty().addListener((o, a, b) -> refresh());

        dialog.initOwner(owner);
        dialog.setTitle(I18n.tr("mapping.title"));
        dialog.setHeaderText(I18n.tr(saved.isPresent() ? "mapping.headerSaved" : "mapping.header"));
        dialog.getDialogPane().setId("mapping-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(use,
                new ButtonType(I18n.tr("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefWidth(ThemeManager.scaled(880));
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button == use ? outcome().mapping() : null);

        set(saved.map(ColumnMappingViewModel.Choices::from).orElseGet(model::firstGuess));
    }

    public Optional<CsvMapping> ask() {
        return dialog.showAndWait();
    }

    private VBox content() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        row = field(grid, row, "mapping.date", date);
        row = field(grid, row, "mapping.dateFormat", dateFormat);
        row = field(grid, row, "mapping.amount", amount);
        row = field(grid, row, "mapping.paidIn", paidIn);
        row = field(grid, row, "mapping.paidOut", paidOut);
        int right = 0;
        right = field(grid, right, 2, "mapping.payee", payee);
        right = field(grid, right, 2, "mapping.description", description);
        right = field(grid, right, 2, "mapping.reference", reference);
        right = field(grid, right, 2, "mapping.balance", balance);
        field(grid, right, 2, "mapping.bankId", bankId);
        hasHeadings.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        spendingPositive.setWrapText(true);
        grid.add(hasHeadings, 0, row, 2, 1);
        grid.add(spendingPositive, 2, row, 2, 1);

        problem.setId("mapping-problem");
        problem.getStyleClass().add("warning-text");
        problem.setWrapText(true);
        readSummary.setId("mapping-summary");
        readSummary.setWrapText(true);
        preview.setId("mapping-preview");
        preview.setPrefHeight(ThemeManager.scaled(240));
        preview.setPlaceholder(new Label(I18n.tr("mapping.nothingRead")));
        preview.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        preview.getColumns().addAll(List.of(
                column("mapping.col.line", r -> Integer.toString(r.line()), 50),
                column("mapping.col.date", r -> r.date().format(ImportViewModel.DAY), 110),
                column("mapping.col.amount", r -> r.amount().display(), 100),
                column("mapping.col.payee", StatementRow::payee, 160),
                column("mapping.col.description", StatementRow::description, 200),
                column("mapping.col.balance", r -> r.balance() == null ? "" : r.balance().display(), 100)));
        Label previewTitle = new Label(I18n.tr("mapping.previewTitle"));
        previewTitle.getStyleClass().add("title-4");
        VBox box = new VBox(10, grid, problem, previewTitle, readSummary, preview);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private static int field(GridPane grid, int row, String key, ComboBox<String> combo) {
        return field(grid, row, 0, key, combo);
    }

    private static int field(GridPane grid, int row, int column, String key, ComboBox<String> combo) {
        Label label = new Label(I18n.tr(key));
        label.setLabelFor(combo);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels are read, never cut short
        combo.setAccessibleText(I18n.tr(key));
        combo.setPrefWidth(ThemeManager.scaled(220));
        grid.add(label, column, row);
        grid.add(combo, column + 1, row);
        return row + 1;
    }

    private static TableColumn<StatementRow, String> column(String key, java.util.function.Function<StatementRow, String> value,
                                                     double width) {
        TableColumn<StatementRow, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(ThemeManager.scaled(width));
        column.setSortable(false);
        return column;
    }

    private ComboBox<String> chooser(String id, boolean optional) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(id);
        if (optional) {
            combo.getItems().add(I18n.tr("mapping.none"));
        }
        return combo;
    }

    private void set(ColumnMappingViewModel.Choices choices) {
        select(date, choices.date(), false);
        select(amount, choices.amount(), true);
        select(paidIn, choices.paidIn(), true);
        select(paidOut, choices.paidOut(), true);
        select(payee, choices.payee(), true);
        select(description, choices.description(), true);
        select(reference, choices.reference(), true);
        select(balance, choices.balance(), true);
        select(bankId, choices.bankId(), true);
        dateFormat.setValue(choices.dateFormat().isEmpty() ? dateFormat.getItems().get(0) : choices.dateFormat());
        hasHeadings.setSelected(choices.hasHeadings());
        spendingPositive.setSelected(choices.spendingPositive());
        refresh();
    }

    private void select(ComboBox<String> combo, int column, boolean optional) {
        int index = column < 0 || column >= columns.size() ? -1 : column;
        combo.getSelectionModel().select(optional ? index + 1 : Math.max(index, 0));
    }

    private int chosen(ComboBox<String> combo, boolean optional) {
        int index = combo.getSelectionModel().getSelectedIndex();
        return optional ? index - 1 : index;
    }

    private ColumnMappingViewModel.Outcome outcome() {
        String format = dateFormat.getValue();
        if (format == null || format.equals(I18n.tr("mapping.dateAuto"))) {
            format = "";
        }
        return model.mapping(new ColumnMappingViewModel.Choices(hasHeadings.isSelected(), chosen(date, false),
                chosen(amount, true), chosen(paidIn, true), chosen(paidOut, true), chosen(payee, true),
                chosen(description, true), chosen(reference, true), chosen(balance, true), chosen(bankId, true),
                format, spendingPositive.isSelected()));
    }

    /** Reads the first rows again with the current choices: cheap, so it runs as they change. */
    private void refresh() {
        if (dialog.getDialogPane().lookupButton(use) == null) {
            return;
        }
        ColumnMappingViewModel.Outcome outcome = outcome();
        problem.setText(outcome.problem());
        List<StatementRow> rows = new ArrayList<>();
        if (outcome.ok()) {
            ColumnMappingViewModel.Reading reading = model.read(outcome.mapping());
            readSummary.setText(reading.summary());
            if (reading.statement() != null) {
                rows.addAll(reading.statement().rows());
            }
        } else {
            readSummary.setText("");
        }
        preview.getItems().setAll(rows);
        dialog.getDialogPane().lookupButton(use).setDisable(!outcome.ok() || rows.isEmpty());
    }
}

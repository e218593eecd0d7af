package uk.supportbudget.ui.rota;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.supportbudget.domain.rota.ShiftPay;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.rota.TimesheetLine;
import uk.supportbudget.service.TimesheetService;
import uk.supportbudget.ui.common.DatePickers;
import uk.supportbudget.ui.common.DialogService;
import uk.supportbudget.ui.common.I18n;

/**
 * One timesheet opened to correct it to what really happened: its lines in a table, a line's day, times,
 * kind and note below to add or change it, and the totals, which follow every change. A signed timesheet
 * opens to read only, with its scans listed.
 */
final class TimesheetDialog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");
    private static final DateTimeFormatter SIGNED = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private TimesheetDialog() {
    }

    /** The corrected lines to save, or empty when closed without saving. */
    static Optional<List<TimesheetLine>> show(Window owner, TimesheetService.Editing editing) {
        TimesheetEditorModel model = new TimesheetEditorModel(editing);
        Timesheet sheet = editing.timesheet();
        Dialog<List<TimesheetLine>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(I18n.tr("timesheet.title", editing.personalAssistant()));
        dialog.setHeaderText(I18n.tr("timesheet.header", editing.personalAssistant(), sheet.period().display(), sheet.signed()
                ? I18n.tr("timesheet.signedOn", sheet.signedOn().format(SIGNED), editing.evidence().stream()
                .map(file -> file.fileName()).collect(Collectors.joining(", ")))
                : I18n.tr("rota.status.draft")));
        dialog.getDialogPane().setId("timesheet-dialog");

        TableView<TimesheetLine> table = new TableView<>(model.lines);
        table.setId("timesheet-lines");
        table.setPrefSize(780, 280);
        table.setPlaceholder(new Label(I18n.tr("timesheet.noLines")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("timesheet.col.day", line -> line.work().date().format(DAY)));
        table.getColumns().add(column("timesheet.col.times", line -> line.work().times()));
        table.getColumns().add(column("timesheet.col.type", line -> line.work().type().label()));
        table.getColumns().add(column("timesheet.col.hours", line -> line.work().type() == ShiftType.SLEEP_IN
                ? I18n.tr("timesheet.sleepInHours", ShiftPay.hours(line.work().awakeMinutes())) : ShiftPay.hours(line.work().paidMinutes())));
        table.getColumns().add(column("timesheet.col.note", TimesheetLine::note));

        DatePicker date = DatePickers.uk(null);
        date.setId("timesheet-date");
        date.valueProperty().bindBidirectional(model.date);
        TextField from = field("timesheet-from", model.from);
        TextField to = field("timesheet-to", model.to);
        ComboBox<ShiftType> type = new ComboBox<>();
        type.setId("timesheet-type");
        type.getItems().setAll(ShiftType.values());
        type.valueProperty().bindBidirectional(model.type);
        TextField awake = field("timesheet-awake", model.awake);
        awake.disableProperty().bind(model.type.isNotEqualTo(ShiftType.SLEEP_IN));
        TextField note = field("timesheet-note", model.note);
        GridPane grid = DialogParts.form(new Object[][] {{"rota.dialog.date", date}, {"rota.dialog.from", from}, {"rota.dialog.to", to},
                {"rota.dialog.type", type}, {"rota.dialog.awake", awake}, {"rota.dialog.note", note}}, true);

        Label problem = DialogParts.sentence("timesheet-problem", "warning-text", 720);
        Label totals = new Label();
        totals.setId("timesheet-totals");
        totals.getStyleClass().add("timesheet-totals");
        totals.textProperty().bind(model.totals());

        Button add = new Button(I18n.tr("timesheet.add"));
        add.setId("timesheet-add");
        add.setOnAction(event -> problem.setText(model.apply(null).map(p -> "\u26A0 " + p).orElse("")));
        Button change = new Button(I18n.tr("timesheet.change"));
        change.setId("timesheet-change");
        change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        change.setOnAction(event -> {
            TimesheetLine chosen = table.getSelectionModel().getSelectedItem();
            problem.setText(model.apply(chosen).map(p -> "\u26A0 " + p).orElse(""));
        });
        Button remove = new Button(I18n.tr("timesheet.remove"));
        remove.setId("timesheet-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> {
            model.remove(table.getSelectionModel().getSelectedItem());
            problem.setText("");
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.edit(chosen);
            }
        });
        HBox lineActions = new HBox(8, add, change, remove);
        Label help = DialogParts.sentence(null, "text-muted", 720);
        help.setText(I18n.tr(model.readOnly() ? "timesheet.help.signed" : "timesheet.help"));
        if (model.readOnly()) {
            grid.setDisable(true);
            lineActions.setDisable(true);
        }
        dialog.getDialogPane().setContent(new VBox(10, table, totals, grid, lineActions, help, problem));

        dialog.getDialogPane().setPrefWidth(820);
        dialog.getDialogPane().setMinWidth(820);
        ButtonType save = new ButtonType(I18n.tr("timesheet.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(I18n.tr(model.readOnly() ? "patterns.close" : "dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (!model.readOnly()) {
            dialog.getDialogPane().getButtonTypes().add(save);
            Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
            saveButton.setId("timesheet-save");
            saveButton.disableProperty().bind(model.changed.not());
        }
        dialog.getDialogPane().getButtonTypes().add(close);
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        closeButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (model.changed.get() && !new DialogService(dialog.getDialogPane().getScene().getWindow()).confirm(I18n.tr("timesheet.discard.title"),
                    I18n.tr("timesheet.discard.question"), I18n.tr("timesheet.discard"))) {
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == save ? model.linesToSave() : null);
        return dialog.showAndWait();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TableColumn<TimesheetLine, String> column(String key, Function<TimesheetLine, String> value) {
        TableColumn<TimesheetLine, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}

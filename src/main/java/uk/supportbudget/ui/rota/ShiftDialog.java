package uk.supportbudget.ui.rota;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.rota.AbsenceKind;
import uk.supportbudget.domain.rota.Shift;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.WorkPeriod;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.ui.common.DatePickers;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * Adding or changing one shift, all by keyboard: PA, day, times, kind, time awake on a sleep-in, and
 * who it covers for. Times that cannot make a shift are refused in the dialog with a sentence; the
 * book's own checks (clashes, time away) follow when it is saved.
 */
final class ShiftDialog {

    /** What the person chose: a shift to save, or to delete. */
    record Outcome(Shift shift, boolean delete) {
    }

    private ShiftDialog() {
    }

    private record Choice(Employee employee) {
        @Override
        public String toString() {
            return employee == null ? I18n.tr("rota.dialog.noCover") : employee.fullName();
        }
    }

    static Optional<Outcome> show(Window owner, List<Employee> staff, Shift existing, LocalDate day) {
        Dialog<Outcome> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.tr(existing == null || existing.id() == 0 ? "rota.dialog.add" : "rota.dialog.edit"));
        dialog.setHeaderText(dialog.getTitle());
        dialog.getDialogPane().setId("shift-dialog");

        ComboBox<Choice> pa = new ComboBox<>();
        pa.setId("shift-pa");
        staff.forEach(e -> pa.getItems().add(new Choice(e)));
        DatePicker date = DatePickers.uk(existing == null ? day : existing.date());
        date.setId("shift-date");
        TextField from = new TextField(existing == null ? "09:00" : existing.work().start().toLocalTime().toString());
        from.setId("shift-from");
        TextField to = new TextField(existing == null ? "13:00" : existing.work().end().toLocalTime().toString());
        to.setId("shift-to");
        ComboBox<ShiftType> type = new ComboBox<>();
        type.setId("shift-type");
        type.getItems().setAll(ShiftType.values());
        type.setValue(existing == null ? ShiftType.DAY : existing.type());
        TextField awake = new TextField(existing == null ? "0" : Integer.toString(existing.work().awakeMinutes()));
        awake.setId("shift-awake");
        awake.disableProperty().bind(type.valueProperty().isNotEqualTo(ShiftType.SLEEP_IN));
        ComboBox<Choice> cover = new ComboBox<>();
        cover.setId("shift-cover");
        cover.getItems().add(new Choice(null));
        staff.forEach(e -> cover.getItems().add(new Choice(e)));
        ComboBox<AbsenceKind> reason = new ComboBox<>();
        reason.getItems().setAll(AbsenceKind.values());
        reason.setValue(existing == null || existing.coverReason() == null ? AbsenceKind.HOLIDAY : existing.coverReason());
        TextField note = new TextField(existing == null ? "" : existing.note());
        if (existing != null) {
            pa.getItems().stream().filter(c -> c.employee().id() == existing.employeeId()).findFirst().ifPresent(pa::setValue);
            cover.getItems().stream().filter(c -> c.employee() != null && existing.coverForEmployeeId() != null
                    && c.employee().id() == existing.coverForEmployeeId()).findFirst().ifPresentOrElse(cover::setValue,
                    () -> cover.setValue(cover.getItems().get(0)));
        } else {
            pa.getSelectionModel().selectFirst();
            cover.setValue(cover.getItems().get(0));
        }

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        Object[][] rows = {{"rota.dialog.pa", pa}, {"rota.dialog.date", date}, {"rota.dialog.from", from}, {"rota.dialog.to", to},
                {"rota.dialog.type", type}, {"rota.dialog.awake", awake}, {"rota.dialog.coverFor", cover}, {"rota.dialog.reason", reason},
                {"rota.dialog.note", note}};
        for (int i = 0; i < rows.length; i++) {
            Label label = new Label(I18n.tr((String) rows[i][0]));
            javafx.scene.control.Control control = (javafx.scene.control.Control) rows[i][1];
            label.setLabelFor(control);
            control.setAccessibleText(label.getText());
            grid.addRow(i, label, control);
        }
        Label problem = new Label();
        problem.setId("shift-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(ThemeManager.scaled(420));
        problem.getStyleClass().add("warning-text");
        Label help = new Label(I18n.tr("rota.dialog.help"));
        help.setWrapText(true);
        help.setMaxWidth(ThemeManager.scaled(420));
        help.getStyleClass().add("text-muted");
        dialog.getDialogPane().setContent(new VBox(10, grid, help, problem));

        ButtonType save = new ButtonType(I18n.tr("rota.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType delete = new ButtonType(I18n.tr("rota.dialog.delete"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().add(save);
        if (existing != null && existing.id() != 0) {
            dialog.getDialogPane().getButtonTypes().add(delete);
        }
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(I18n.tr("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        Shift[] built = new Shift[1];
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                if (pa.getValue() == null || date.getValue() == null) {
                    throw new Refusal(I18n.tr("rota.dialog.needPaAndDay"));
                }
                WorkPeriod work = WorkPeriod.on(date.getValue(), Times.time(from.getText()), Times.time(to.getText()), type.getValue())
                        .withAwakeMinutes(type.getValue() == ShiftType.SLEEP_IN ? Times.minutes(awake.getText()) : 0);
                Employee coverFor = cover.getValue() == null ? null : cover.getValue().employee();
                built[0] = new Shift(existing == null ? 0 : existing.id(), pa.getValue().employee().id(), work,
                        coverFor == null ? null : coverFor.id(), reason.getValue(), existing == null ? null : existing.patternId(), note.getText());
            } catch (Refusal refusal) {
                problem.setText(refusal.getMessage());
                event.consume();
            }
        });
        dialog.setResultConverter(button -> {
            if (button == save) {
                return new Outcome(built[0], false);
            }
            if (button == delete) {
                return new Outcome(existing, true);
            }
            return null;
        });
        return dialog.showAndWait();
    }
}

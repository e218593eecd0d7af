package uk.supportbudget.ui.rota;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.rota.RotaPattern;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.service.RotaService;
import uk.supportbudget.ui.common.DatePickers;
import uk.supportbudget.ui.common.DialogService;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;

/**
 * The repeating shifts (weekly patterns) for every PA: a list, and a form to add, change or delete one.
 * A change also remakes the shifts the pattern already put on the rota from a chosen day; "Fill" on the
 * Rota page then uses the patterns as they are now. Overlapping patterns for one PA are refused.
 */
final class PatternsDialog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private PatternsDialog() {
    }

    static void show(BookSession session, javafx.stage.Window owner, List<Employee> staff) {
        Map<Long, String> names = staff.stream().collect(Collectors.toMap(Employee::id, Employee::fullName));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.tr("patterns.title"));
        dialog.setHeaderText(I18n.tr("patterns.header"));
        dialog.getDialogPane().setId("patterns-dialog");
        dialog.setResizable(true);

        TableView<RotaPattern> table = new TableView<>();
        table.setId("patterns-table");
        table.setPrefSize(780, 220);
        table.setPlaceholder(new Label(I18n.tr("patterns.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("patterns.col.pa", p -> names.getOrDefault(p.employeeId(), "?")));
        table.getColumns().add(column("patterns.col.day", p -> weekday(p.day())));
        table.getColumns().add(column("patterns.col.times", p -> p.from() + "\u2013" + p.to()));
        table.getColumns().add(column("patterns.col.type", p -> p.type().label()));
        table.getColumns().add(column("patterns.col.from", p -> p.validFrom().format(DAY)));
        table.getColumns().add(column("patterns.col.until", p -> p.validTo() == null ? I18n.tr("patterns.noEnd") : p.validTo().format(DAY)));

        ComboBox<Employee> pa = DialogParts.paChooser("pattern-pa", staff);
        ComboBox<DayOfWeek> day = new ComboBox<>();
        day.setId("pattern-day");
        day.getItems().setAll(DayOfWeek.values());
        day.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayOfWeek weekday) {
                return weekday == null ? "" : weekday(weekday);
            }

            @Override
            public DayOfWeek fromString(String text) {
                return null;
            }
        });
        TextField from = new TextField();
        from.setId("pattern-from");
        TextField to = new TextField();
        to.setId("pattern-to");
        ComboBox<ShiftType> type = new ComboBox<>();
        type.setId("pattern-type");
        type.getItems().setAll(ShiftType.values());
        DatePicker validFrom = DatePickers.uk(null);
        validFrom.setId("pattern-valid-from");
        DatePicker validTo = DatePickers.uk(null);
        validTo.setId("pattern-valid-to");
        DatePicker remakeFrom = DatePickers.uk(session.today());
        remakeFrom.setId("pattern-remake-from");

        GridPane grid = DialogParts.form(new Object[][] {{"patterns.pa", pa}, {"patterns.day", day}, {"rota.dialog.from", from},
                {"rota.dialog.to", to}, {"rota.dialog.type", type}, {"patterns.validFrom", validFrom}, {"patterns.validTo", validTo},
                {"patterns.remakeFrom", remakeFrom}}, true);
        Label help = DialogParts.sentence(null, "text-muted", 720);
        help.setText(I18n.tr("patterns.help"));
        Label problem = DialogParts.sentence("pattern-problem", "warning-text", 720);
        Label done = DialogParts.sentence("pattern-done", "text-muted", 720);

        Runnable clear = () -> {
            table.getSelectionModel().clearSelection();
            pa.getSelectionModel().selectFirst();
            day.setValue(DayOfWeek.MONDAY);
            from.setText("09:00");
            to.setText("13:00");
            type.setValue(ShiftType.DAY);
            validFrom.setValue(session.today());
            validTo.setValue(null);
        };
        clear.run();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                return;
            }
            pa.getItems().stream().filter(e -> e.id() == chosen.employeeId()).findFirst().ifPresent(pa::setValue);
            day.setValue(chosen.day());
            from.setText(chosen.from().toString());
            to.setText(chosen.to().toString());
            type.setValue(chosen.type());
            validFrom.setValue(chosen.validFrom());
            validTo.setValue(chosen.validTo());
            problem.setText("");
        });

        Runnable reload = () -> session.tasks().run(I18n.tr("task.rota"), () -> new RotaService(session.book()).patterns(), loaded -> {
            table.getItems().setAll(loaded.stream().filter(p -> names.containsKey(p.employeeId())).toList());
        });
        Button addNew = new Button(I18n.tr("patterns.new"));
        addNew.setId("pattern-new");
        addNew.setOnAction(event -> {
            clear.run();
            problem.setText("");
        });
        Button save = new Button(I18n.tr("patterns.save"));
        save.setId("pattern-save");
        save.setDefaultButton(true);
        save.setOnAction(event -> {
            RotaPattern chosen = table.getSelectionModel().getSelectedItem();
            RotaPattern pattern;
            try {
                if (pa.getValue() == null || day.getValue() == null || type.getValue() == null || validFrom.getValue() == null) {
                    throw new Refusal(I18n.tr("patterns.needAll"));
                }
                pattern = new RotaPattern(chosen == null ? 0 : chosen.id(), pa.getValue().id(), day.getValue(), Times.time(from.getText()),
                        Times.time(to.getText()), type.getValue(), validFrom.getValue(), validTo.getValue());
            } catch (Refusal refusal) {
                problem.setText("\u26A0 " + refusal.getMessage());
                return;
            }
            problem.setText("");
            LocalDate remake = remakeFrom.getValue() == null ? session.today() : remakeFrom.getValue();
            session.tasks().run(I18n.tr("task.rota.save"), () -> new RotaService(session.book()).savePattern(pattern, remake), saved -> {
                done.setText(chosen == null ? I18n.tr("patterns.added") : I18n.tr("patterns.changed", saved.shiftsRemade(), remake.format(DAY)));
                reload.run();
            }, error -> problem.setText("\u26A0 " + uk.supportbudget.ui.common.BackgroundTasks.describe(error)));
        });
        Button delete = new Button(I18n.tr("patterns.delete"));
        delete.setId("pattern-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(event -> {
            RotaPattern chosen = table.getSelectionModel().getSelectedItem();
            LocalDate remake = remakeFrom.getValue() == null ? session.today() : remakeFrom.getValue();
            // Owned by this dialog, so the question shows above it.
            DialogService dialogs = new DialogService(dialog.getDialogPane().getScene().getWindow());
            if (!dialogs.confirm(I18n.tr("patterns.delete.title"), I18n.tr("patterns.delete.question", names.get(chosen.employeeId()),
                    weekday(chosen.day()), remake.format(DAY)), I18n.tr("patterns.delete"))) {
                return;
            }
            session.tasks().run(I18n.tr("task.rota.save"), () -> new RotaService(session.book()).deletePattern(chosen.id(), remake), removed -> {
                done.setText(I18n.tr("patterns.deleted", removed));
                clear.run();
                reload.run();
            }, error -> problem.setText("\u26A0 " + uk.supportbudget.ui.common.BackgroundTasks.describe(error)));
        });
        dialog.getDialogPane().setContent(new VBox(10, table, grid, help, new HBox(8, addNew, save, delete), problem, done));
        dialog.getDialogPane().setPrefWidth(820);
        dialog.getDialogPane().setMinWidth(820);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(I18n.tr("patterns.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        reload.run();
        dialog.showAndWait();
    }

    private static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static TableColumn<RotaPattern, String> column(String key, Function<RotaPattern, String> value) {
        TableColumn<RotaPattern, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}

package uk.supportbudget.ui.rota;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.rota.Absence;
import uk.supportbudget.domain.rota.AbsenceKind;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.service.RotaService;
import uk.supportbudget.ui.common.DatePickers;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;

/**
 * Booking holiday or recording sickness, all by keyboard: the PA, the days, the hours of holiday (filled
 * in from the rota) or the qualifying days for sick pay (ticked from the days they usually work). It
 * shows the holiday balance before and after, refuses holiday beyond the entitlement, and lists the
 * shifts that come off the rota and need cover.
 */
final class AbsenceDialog {

    private AbsenceDialog() {
    }

    static Optional<Absence> show(BookSession session, javafx.stage.Window owner, List<Employee> staff, AbsenceKind kind, LocalDate day) {
        AbsenceFormModel model = new AbsenceFormModel(kind, day);
        boolean holiday = kind == AbsenceKind.HOLIDAY;
        Dialog<Absence> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.tr(holiday ? "absence.holiday.title" : "absence.sickness.title"));
        dialog.setHeaderText(I18n.tr(holiday ? "absence.holiday.header" : "absence.sickness.header"));
        dialog.getDialogPane().setId(holiday ? "holiday-dialog" : "sickness-dialog");

        ComboBox<Employee> pa = DialogParts.paChooser("absence-pa", staff);
        pa.valueProperty().bindBidirectional(model.employee);
        pa.getSelectionModel().selectFirst();
        DatePicker first = DatePickers.uk(day);
        first.setId("absence-first");
        first.valueProperty().bindBidirectional(model.first);
        DatePicker last = DatePickers.uk(day);
        last.setId("absence-last");
        last.valueProperty().bindBidirectional(model.last);
        // Moving the first day past the last moves the last day with it, as a one-day booking.
        model.first.addListener((obs, old, now) -> {
            if (now != null && (model.last.get() == null || model.last.get().isBefore(now))) {
                model.last.set(now);
            }
        });
        TextField hours = new TextField();
        hours.setId("absence-hours");
        hours.textProperty().bindBidirectional(model.hours);
        hours.setOnKeyTyped(event -> model.hoursTypedByHand());
        FlowPane days = new FlowPane(8, 4);
        days.setId("absence-days");
        days.setPrefWrapLength(440);
        for (DayOfWeek weekday : DayOfWeek.values()) {
            CheckBox box = new CheckBox(weekday.getDisplayName(TextStyle.SHORT, Locale.UK));
            box.setId("absence-day-" + weekday.name().toLowerCase(Locale.ROOT));
            box.setAccessibleText(weekday.getDisplayName(TextStyle.FULL, Locale.UK));
            box.setSelected(model.qualifyingDays.contains(weekday));
            model.qualifyingDays.addListener((javafx.collections.SetChangeListener<DayOfWeek>) change -> box.setSelected(
                    model.qualifyingDays.contains(weekday)));
            box.selectedProperty().addListener((obs, old, ticked) -> {
                if (ticked) {
                    model.qualifyingDays.add(weekday);
                } else {
                    model.qualifyingDays.remove(weekday);
                }
            });
            days.getChildren().add(box);
        }
        TextField note = new TextField();
        note.setId("absence-note");
        note.textProperty().bindBidirectional(model.note);
        note.setPromptText(I18n.tr(holiday ? "absence.note.holidayPrompt" : "absence.note.sicknessPrompt"));

        GridPane grid = DialogParts.form(new Object[][] {{"absence.pa", pa}, {"absence.first", first}, {"absence.last", last},
                holiday ? new Object[] {"absence.hours", hours} : new Object[] {"absence.qualifyingDays", days}, {"absence.note", note}}, false);

        Label balance = DialogParts.sentence("absence-balance", "absence-balance", 480);
        Label warning = DialogParts.sentence("absence-warning", "warning-text", 480);
        Label cover = DialogParts.sentence("absence-cover", "text-muted", 480);
        Label problem = DialogParts.sentence("absence-problem", "warning-text", 480);
        Label help = DialogParts.sentence(null, "text-muted", 480);
        help.setText(I18n.tr(holiday ? "absence.holiday.help" : "absence.sickness.help"));
        dialog.getDialogPane().setContent(new VBox(10, grid, help, balance, warning, cover, problem));
        dialog.getDialogPane().setPrefWidth(540);

        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(last, false, (Control control, Object value) -> ValidationResult.fromErrorIf(control,
                I18n.tr("absence.lastBeforeFirst"), model.first.get() != null && model.last.get() != null && model.last.get().isBefore(model.first.get())));
        if (holiday) {
            validation.registerValidator(hours, false, (Control control, Object value) -> {
                Optional<String> wrong = model.problem().filter(sentence -> model.days().isPresent());
                return ValidationResult.fromErrorIf(control, wrong.orElse(""), wrong.isPresent());
            });
        }

        Runnable refresh = () -> {
            balance.setText(holiday ? model.balanceSentence() : model.qualifyingSentence());
            warning.setText(model.assessment().flatMap(a -> a.warning()).map(w -> "\u26A0 " + w).orElse(""));
            RotaService.AbsenceFacts facts = model.facts.get();
            cover.setText(facts == null ? I18n.tr("common.loading") : facts.comingOff().isEmpty() ? I18n.tr("absence.noShifts")
                    : I18n.tr("absence.needCover", facts.comingOff().stream().map(s -> s.work().describe()).collect(Collectors.joining("; "))));
            problem.setText(model.problem().map(p -> "\u26A0 " + p).orElse(""));
            validation.revalidate();
            if (dialog.isShowing()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        Runnable lookUp = () -> {
            model.facts.set(null);
            refresh.run();
            Optional<DateRange> range = model.days();
            Employee who = model.employee.get();
            if (range.isEmpty() || who == null) {
                return;
            }
            session.tasks().run(I18n.tr("task.rota"), () -> new RotaService(session.book()).absenceFacts(who.id(), range.get()), loaded -> {
                if (who.equals(model.employee.get()) && range.equals(model.days())) {
                    model.factsLoaded(loaded);
                    refresh.run();
                }
            }, error -> problem.setText(uk.supportbudget.ui.common.BackgroundTasks.describe(error)));
        };
        for (Observable changing : new Observable[] {model.employee, model.first, model.last}) {
            changing.addListener(observable -> lookUp.run());
        }
        model.hours.addListener(observable -> refresh.run());
        model.qualifyingDays.addListener((javafx.collections.SetChangeListener<DayOfWeek>) change -> refresh.run());
        lookUp.run();

        ButtonType book = new ButtonType(I18n.tr(holiday ? "absence.holiday.save" : "absence.sickness.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(book, new ButtonType(I18n.tr("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button bookButton = (Button) dialog.getDialogPane().lookupButton(book);
        bookButton.setId("absence-save");
        Absence[] built = new Absence[1];
        bookButton.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                if (model.facts.get() == null) {
                    throw new Refusal(I18n.tr("absence.stillLooking"));
                }
                model.problem().ifPresent(sentence -> {
                    throw new Refusal(sentence);
                });
                built[0] = model.absence();
            } catch (Refusal refusal) {
                problem.setText("\u26A0 " + refusal.getMessage());
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == book ? built[0] : null);
        return dialog.showAndWait();
    }
}

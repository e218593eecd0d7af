package uk.supportbudget.ui.rota;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.rota.Absence;
import uk.supportbudget.domain.rota.AbsenceKind;
import uk.supportbudget.domain.rota.RotaRules;
import uk.supportbudget.domain.rota.Shift;
import uk.supportbudget.domain.rota.ShiftPay;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.service.BankHolidayData;
import uk.supportbudget.service.Documents;
import uk.supportbudget.service.RotaService;
import uk.supportbudget.service.TimesheetService;
import uk.supportbudget.ui.common.BackgroundTasks;
import uk.supportbudget.ui.common.I18n;
import uk.supportbudget.ui.main.BookSession;
import uk.supportbudget.ui.common.ThemeManager;

/**
 * The Rota page: one week as a grid of days by PAs, each shift a block labelled with its kind and
 * times (never colour alone); gaps and clashes written out; hours against the plan; and the
 * timesheets made from the rota, printed for signature and marked signed with the scan.
 */
public final class RotaView extends VBox {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");

    private final BookSession session;
    private final Label weekLabel = new Label();
    private final Label summary = new Label();
    private final VBox problems = new VBox(4);
    private final GridPane grid = new GridPane();
    /** Whether the week was last laid out as a list of days rather than a grid. */
    private boolean laidOutNarrow;
    private final TableView<TimesheetService.Summary> sheets = new TableView<>();
    private LocalDate monday;
    private RotaService.WeekView shown;

    public RotaView(BookSession session) {
        this.session = session;
        this.monday = RotaRules.monday(session.today());
        setId("page-rota");
        getStyleClass().add("page");
        setSpacing(14);
        setPadding(new Insets(24));
        Label title = new Label(I18n.tr("rota.title"));
        title.getStyleClass().add("title-2");

        Button previous = button("rota-previous", "rota.previous", () -> move(-1));
        Button thisWeek = button("rota-this-week", "rota.thisWeek", () -> {
            monday = RotaRules.monday(session.today());
            reload();
        });
        Button next = button("rota-next", "rota.next", () -> move(1));
        weekLabel.setId("rota-week");
        weekLabel.getStyleClass().add("title-3");
        javafx.scene.layout.FlowPane navigation = uk.supportbudget.ui.common.Reflow.row(8, previous, thisWeek, next, weekLabel);
        // a window made narrower (or wider) than the week's grid lists the days instead, and back
        widthProperty().addListener((o, was, now) -> {
            if (shown != null && narrow() != laidOutNarrow) {
                javafx.application.Platform.runLater(() -> buildGrid(shown));
            }
        });

        summary.setId("rota-summary");
        summary.setWrapText(true);
        grid.setId("rota-grid");
        grid.getStyleClass().add("rota-grid");

        Button add = button("rota-add", "rota.add", () -> edit(null, monday));
        Button fill = button("rota-fill", "rota.fill", this::fillFromPatterns);
        Button patterns = button("rota-patterns", "rota.patterns", this::editPatterns);
        Button agreed = button("rota-agreed", "rota.agreed", this::setAgreedHours);
        Button holiday = button("rota-holiday", "rota.holiday", () -> bookAbsence(AbsenceKind.HOLIDAY));
        Button sickness = button("rota-sickness", "rota.sickness", () -> bookAbsence(AbsenceKind.SICKNESS));
        Button generate = button("rota-timesheets", "rota.timesheets.generate", this::generateTimesheets);
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, add, fill, patterns, holiday, sickness, agreed, generate);

        Label sheetsHeading = new Label(I18n.tr("rota.timesheets"));
        sheetsHeading.getStyleClass().add("title-3");
        buildSheets();
        Button open = button("rota-open", "rota.timesheets.open", this::openSelected);
        open.disableProperty().bind(sheets.getSelectionModel().selectedItemProperty().isNull());
        sheets.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && sheets.getSelectionModel().getSelectedItem() != null) {
                openSelected();
            }
        });
        sheets.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && sheets.getSelectionModel().getSelectedItem() != null) {
                openSelected();
            }
        });
        Button print = button("rota-print", "rota.timesheets.print", this::printSelected);
        Button signed = button("rota-signed", "rota.timesheets.signed", this::markSelectedSigned);
        print.disableProperty().bind(sheets.getSelectionModel().selectedItemProperty().isNull());
        signed.disableProperty().bind(sheets.getSelectionModel().selectedItemProperty().isNull());
        javafx.scene.layout.FlowPane sheetActions = uk.supportbudget.ui.common.Reflow.row(8, open, print, signed);

        ProgressIndicator loading = new ProgressIndicator();
        loading.setAccessibleText(I18n.tr("common.loading"));
        grid.add(loading, 0, 0);
        getChildren().addAll(title, navigation, summary, problems, grid, actions, sheetsHeading, sheets, sheetActions);
        reload();
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(I18n.tr(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void move(int weeks) {
        monday = monday.plusWeeks(weeks);
        reload();
    }

    private record Loaded(RotaService.WeekView week, List<TimesheetService.Summary> sheets) {
    }

    private void reload() {
        LocalDate week = monday;
        session.tasks().run(I18n.tr("task.rota"), () -> new Loaded(new RotaService(session.book()).week(week),
                new TimesheetService(session.book()).list()), this::show);
    }

    private void show(Loaded loaded) {
        shown = loaded.week();
        RotaService.WeekView week = loaded.week();
        weekLabel.setText(I18n.tr("rota.weekOf", week.days().first().format(WEEK)));
        RotaRules.Week analysis = week.analysis();
        String hours = analysis.agreedHours().signum() > 0
                ? I18n.tr("rota.hoursAgainstPlan", plain(analysis.supportHours()), plain(analysis.agreedHours()),
                I18n.tr(week.agreedFromPlan() ? "rota.agreed.fromPlan" : "rota.agreed.stored"))
                : I18n.tr("rota.hoursNoPlan", plain(analysis.supportHours()));
        summary.setText(hours + " " + I18n.tr("rota.sleepInsAndCost", plain(analysis.sleepIns()), week.cost().display()));
        problems.getChildren().clear();
        if (analysis.belowAgreed()) {
            problems.getChildren().add(problem(I18n.tr("rota.short", plain(analysis.shortfall()))));
        }
        analysis.gaps().forEach(gap -> problems.getChildren().add(problem(I18n.tr("rota.gap", gap.sentence()))));
        analysis.clashes().forEach(clash -> problems.getChildren().add(problem(I18n.tr("rota.clash", clash))));
        problems.setId("rota-problems");
        buildGrid(week);
        List<TimesheetService.Summary> newestFirst = new java.util.ArrayList<>(loaded.sheets());
        java.util.Collections.reverse(newestFirst);
        sheets.getItems().setAll(newestFirst);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Label problem(String text) {
        Label label = new Label("\u26A0 " + text);
        label.setWrapText(true);
        label.getStyleClass().add("rota-problem");
        return label;
    }

    /** The width a week needs as a grid: the names and seven days side by side. */
    private static double weekGridWidth() {
        return ThemeManager.scaled(130 + 7 * 110) + 8 * 10 + 2 * 24;
    }

    /** True when the page is too narrow for the week as a grid, so the days are listed one under another. */
    private boolean narrow() {
        return getWidth() > 0 && getWidth() < weekGridWidth();
    }

    private void buildGrid(RotaService.WeekView week) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        laidOutNarrow = narrow();
        if (laidOutNarrow) {
            buildDayList(week);
            return;
        }
        ColumnConstraints names = new ColumnConstraints(ThemeManager.scaled(130));
        grid.getColumnConstraints().add(names);
        for (int d = 0; d < 7; d++) {
            ColumnConstraints column = new ColumnConstraints(ThemeManager.scaled(110), ThemeManager.scaled(130), Double.MAX_VALUE);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        for (int d = 0; d < 7; d++) {
            LocalDate date = week.days().first().plusDays(d);
            Label header = dayHeading(date);
            grid.add(header, d + 1, 0);
        }
        Map<Long, List<Shift>> byPa = week.shifts().stream().collect(Collectors.groupingBy(Shift::employeeId));
        Map<Long, String> namesById = week.staff().stream().collect(Collectors.toMap(Employee::id, Employee::fullName));
        int row = 1;
        for (Employee employee : week.staff()) {
            Label name = new Label(employee.fullName());
            name.getStyleClass().add("rota-pa");
            name.setWrapText(true);
            grid.add(name, 0, row);
            for (int d = 0; d < 7; d++) {
                LocalDate date = week.days().first().plusDays(d);
                grid.add(cellFor(employee, date, week, byPa, namesById), d + 1, row);
            }
            row++;
        }
        if (week.staff().isEmpty()) {
            grid.add(new Label(I18n.tr("rota.noStaff")), 0, 1, 8, 1);
        }
    }

    /** A day's heading: its date, "today" and the bank holiday's name if it is one. */
    private Label dayHeading(LocalDate date) {
        String today = session.today().equals(date) ? I18n.tr("rota.today") : "";
        Label header = new Label(date.format(DAY) + today + BankHolidayData.england().name(date).map(n -> "\n" + n).orElse(""));
        header.getStyleClass().add("rota-day");
        header.setWrapText(true);
        return header;
    }

    /**
     * The week for a narrow page (a small window or large text): one row per day, with each PA's
     * shifts, time away and gaps that day under their name, in the same order a keyboard reaches them.
     */
    private void buildDayList(RotaService.WeekView week) {
        ColumnConstraints days = new ColumnConstraints();
        days.setPrefWidth(ThemeManager.scaled(130));
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        rest.setFillWidth(true);
        grid.getColumnConstraints().addAll(days, rest);
        Map<Long, List<Shift>> byPa = week.shifts().stream().collect(Collectors.groupingBy(Shift::employeeId));
        Map<Long, String> namesById = week.staff().stream().collect(Collectors.toMap(Employee::id, Employee::fullName));
        for (int d = 0; d < 7; d++) {
            LocalDate date = week.days().first().plusDays(d);
            Label header = dayHeading(date);
            GridPane.setValignment(header, javafx.geometry.VPos.TOP);
            VBox day = new VBox(6);
            for (Employee employee : week.staff()) {
                VBox cell = cellFor(employee, date, week, byPa, namesById);
                if (!cell.getChildren().isEmpty()) {
                    Label name = new Label(employee.fullName());
                    name.getStyleClass().add("rota-pa");
                    day.getChildren().addAll(name, cell);
                }
            }
            if (day.getChildren().isEmpty()) {
                day.getChildren().add(new Label(I18n.tr("rota.nothingThatDay")));
            }
            day.getStyleClass().add("rota-cell");
            grid.addRow(d, header, day);
        }
        if (week.staff().isEmpty()) {
            grid.add(new Label(I18n.tr("rota.noStaff")), 0, 7, 2, 1);
        }
    }

    private VBox cellFor(Employee employee, LocalDate date, RotaService.WeekView week, Map<Long, List<Shift>> byPa,
                         Map<Long, String> namesById) {
        VBox cell = new VBox(4);
        cell.getStyleClass().add("rota-cell");
        for (Absence absence : week.absences()) {
            if (absence.employeeId() == employee.id() && absence.days().contains(date)) {
                cell.getChildren().add(awayBlock(absence, employee));
            }
        }
        for (RotaRules.Gap gap : week.analysis().gaps()) {
            if (gap.uncovered().employeeId() == employee.id() && gap.uncovered().date().equals(date)) {
                cell.getChildren().add(gapBlock(gap, employee, week.staff()));
            }
        }
        for (Shift shift : byPa.getOrDefault(employee.id(), List.of())) {
            if (shift.date().equals(date)) {
                cell.getChildren().add(block(shift, week, namesById));
            }
        }
        return cell;
    }

    private Button block(Shift shift, RotaService.WeekView week, Map<Long, String> names) {
        StringBuilder text = new StringBuilder(shift.type().label()).append('\n').append(shift.work().times());
        if (shift.isCover()) {
            text.append('\n').append(I18n.tr("rota.coverFor", names.getOrDefault(shift.coverForEmployeeId(), "?")));
        }
        if (shift.work().awakeMinutes() > 0) {
            text.append('\n').append(I18n.tr("rota.awake", ShiftPay.hours(shift.work().awakeMinutes())));
        }
        if (week.payByShift().containsKey(shift.id())) {
            text.append('\n').append(week.payByShift().get(shift.id()).display());
        }
        Button block = new Button(text.toString());
        block.setId("shift-" + shift.id());
        block.getStyleClass().addAll("shift-block", "shift-" + shift.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        block.setMaxWidth(Double.MAX_VALUE);
        block.setAccessibleText(I18n.tr("rota.block.help", names.getOrDefault(shift.employeeId(), ""), shift.type().label(),
                shift.work().describe()));
        block.setOnAction(event -> edit(shift, shift.date()));
        return block;
    }

    /** Time away in the grid: pressing it offers to cancel the booking. */
    private Button awayBlock(Absence absence, Employee employee) {
        Button away = new Button(I18n.tr("rota.away", absence.kind().label()));
        away.setId("away-" + absence.id() + "-" + employee.id());
        away.getStyleClass().add("rota-away");
        away.setMaxWidth(Double.MAX_VALUE);
        away.setWrapText(true);
        away.setAccessibleText(I18n.tr("rota.away.help", employee.fullName(), absence.kind().label(), absence.days().display()));
        away.setOnAction(event -> cancelAbsence(absence, employee));
        return away;
    }

    /** A shift nobody covers while its PA is away: written out, and pressing it adds a cover shift. */
    private Button gapBlock(RotaRules.Gap gap, Employee away, List<Employee> staff) {
        Button block = new Button(I18n.tr("rota.needsCover", gap.uncovered().work().times()));
        block.setId("gap-" + away.id() + "-" + gap.uncovered().date());
        block.getStyleClass().add("rota-gap");
        block.setMaxWidth(Double.MAX_VALUE);
        block.setAccessibleText(I18n.tr("rota.needsCover.help", gap.sentence()));
        block.setOnAction(event -> {
            Employee coverer = staff.stream().filter(e -> e.id() != away.id()).findFirst().orElse(away);
            Shift template = new Shift(0, coverer.id(), gap.uncovered().work(), coverer.id() == away.id() ? null : away.id(),
                    gap.absence().kind(), null, "");
            edit(template, gap.uncovered().date());
        });
        return block;
    }

    private void bookAbsence(AbsenceKind kind) {
        if (shown == null || shown.staff().isEmpty()) {
            session.dialogs().showInfo(I18n.tr("rota.title"), I18n.tr("rota.noStaff"));
            return;
        }
        LocalDate day = shown.days().contains(session.today()) ? session.today() : monday;
        AbsenceDialog.show(session, getScene().getWindow(), shown.staff(), kind, day).ifPresent(absence ->
                session.tasks().run(I18n.tr("task.rota.save"), () -> new RotaService(session.book()).bookWithinEntitlement(absence), off -> {
                    String booked = I18n.tr(kind == AbsenceKind.HOLIDAY ? "rota.holiday.booked" : "rota.sickness.booked", absence.days().display());
                    session.dialogs().showInfo(I18n.tr(kind == AbsenceKind.HOLIDAY ? "absence.holiday.title" : "absence.sickness.title"), off.isEmpty() ? booked
                            : booked + " " + I18n.tr("rota.absence.needCover", off.size(),
                            off.stream().map(shift -> shift.work().describe()).collect(Collectors.joining("; "))));
                    monday = RotaRules.monday(absence.days().first());
                    reload();
                }));
    }

    private void cancelAbsence(Absence absence, Employee employee) {
        if (!session.dialogs().confirm(I18n.tr("rota.absence.cancel.title"), I18n.tr("rota.absence.cancel.question", employee.fullName(),
                absence.kind().label().toLowerCase(Locale.ROOT), absence.days().display()), I18n.tr("rota.absence.cancel"))) {
            return;
        }
        session.tasks().run(I18n.tr("task.rota.save"), () -> new RotaService(session.book()).cancelAbsence(absence.id(), true), back -> {
            session.dialogs().showInfo(I18n.tr("rota.absence.cancel.title"), I18n.tr("rota.absence.cancelled", back));
            reload();
        });
    }

    private void editPatterns() {
        if (shown == null || shown.staff().isEmpty()) {
            session.dialogs().showInfo(I18n.tr("rota.title"), I18n.tr("rota.noStaff"));
            return;
        }
        PatternsDialog.show(session, getScene().getWindow(), shown.staff());
        reload();
    }

    // ---- changing shifts

    private void edit(Shift existing, LocalDate day) {
        if (shown == null || shown.staff().isEmpty()) {
            session.dialogs().showInfo(I18n.tr("rota.title"), I18n.tr("rota.noStaff"));
            return;
        }
        ShiftDialog.show(getScene().getWindow(), shown.staff(), existing, day).ifPresent(outcome -> {
            if (outcome.delete()) {
                if (session.dialogs().confirm(I18n.tr("rota.delete.title"), I18n.tr("rota.delete.question", outcome.shift().work().describe()),
                        I18n.tr("rota.dialog.delete"))) {
                    session.tasks().run(I18n.tr("task.rota.save"), () -> {
                        new RotaService(session.book()).deleteShift(outcome.shift().id());
                        return null;
                    }, done -> reload());
                }
                return;
            }
            session.tasks().run(I18n.tr("task.rota.save"), () -> {
                RotaService rota = new RotaService(session.book());
                return outcome.shift().id() == 0 ? rota.addShift(outcome.shift()) : rota.updateShift(outcome.shift());
            }, saved -> {
                monday = RotaRules.monday(saved.date());
                reload();
            });
        });
    }

    private void fillFromPatterns() {
        LocalDate week = monday;
        session.tasks().run(I18n.tr("task.rota.save"),
                () -> new RotaService(session.book()).generate(uk.supportbudget.domain.rota.DateRange.week(week)), added -> {
                    session.dialogs().showInfo(I18n.tr("rota.fill"), I18n.tr("rota.filled", added));
                    reload();
                });
    }

    private void setAgreedHours() {
        String current = shown == null ? "" : plain(shown.analysis().agreedHours());
        session.dialogs().ask(I18n.tr("rota.agreed"), I18n.tr("rota.agreed.question"), current).ifPresent(text -> {
            BigDecimal hours;
            try {
                hours = new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                session.dialogs().showError(I18n.tr("rota.agreed"), I18n.tr("rota.agreed.notNumber", text.strip()));
                return;
            }
            session.tasks().run(I18n.tr("task.rota.save"), () -> {
                new RotaService(session.book()).setAgreedHoursPerWeek(hours);
                return null;
            }, done -> reload());
        });
    }

    // ---- timesheets

    private void buildSheets() {
        sheets.setId("rota-timesheets-table");
        sheets.setPlaceholder(new Label(I18n.tr("rota.timesheets.none")));
        sheets.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        sheets.setPrefHeight(ThemeManager.scaled(240));
        sheets.getColumns().add(column(I18n.tr("rota.col.pa"), 140, TimesheetService.Summary::personalAssistant));
        sheets.getColumns().add(column(I18n.tr("rota.col.period"), 220, s -> s.timesheet().period().display()));
        sheets.getColumns().add(column(I18n.tr("rota.col.hours"), 80, s -> ShiftPay.hours(s.timesheet().paidMinutes())));
        sheets.getColumns().add(column(I18n.tr("rota.col.pay"), 100, s -> s.pay().display()));
        sheets.getColumns().add(column(I18n.tr("rota.col.status"), 320, s -> s.timesheet().signed()
                ? I18n.tr("rota.status.signed", s.timesheet().signedOn().format(WEEK), s.evidenceFiles())
                : I18n.tr("rota.status.draft")));
    }

    private static TableColumn<TimesheetService.Summary, String> column(String title, double width,
            java.util.function.Function<TimesheetService.Summary, String> value) {
        TableColumn<TimesheetService.Summary, String> column = new TableColumn<>(title);
        column.setPrefWidth(ThemeManager.scaled(width));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private void generateTimesheets() {
        LocalDate day = monday;
        session.tasks().run(I18n.tr("task.rota.timesheets"), () -> new TimesheetService(session.book()).generateAll(day), made -> {
            session.dialogs().showInfo(I18n.tr("rota.timesheets"), I18n.tr("rota.timesheets.made", made.size()));
            reload();
        });
    }

    private void openSelected() {
        TimesheetService.Summary chosen = sheets.getSelectionModel().getSelectedItem();
        long id = chosen.timesheet().id();
        session.tasks().run(I18n.tr("task.rota"), () -> new TimesheetService(session.book()).forEditing(id), editing ->
                TimesheetDialog.show(getScene().getWindow(), editing).ifPresent(lines ->
                        session.tasks().run(I18n.tr("task.rota.save"), () -> new TimesheetService(session.book()).correct(id, lines), saved -> {
                            session.dialogs().showInfo(I18n.tr("rota.timesheets"), I18n.tr("rota.timesheets.saved"));
                            reload();
                        })));
    }

    private void printSelected() {
        TimesheetService.Summary chosen = sheets.getSelectionModel().getSelectedItem();
        String suggested = I18n.tr("rota.timesheets.fileName", chosen.personalAssistant(), chosen.timesheet().period().first().toString());
        session.dialogs().chooseFileToSave(I18n.tr("rota.timesheets.print"), suggested, I18n.tr("rota.timesheets.pdfFilter"), "*.pdf")
                .ifPresent(path -> session.tasks().runCancellable(I18n.tr("task.rota.print"), I18n.tr("task.pdfCancelled"),
                        work -> Documents.save(path, work, () -> new TimesheetService(session.book()).pdf(chosen.timesheet().id())), written -> session.dialogs().showInfo(I18n.tr("rota.timesheets.print"), I18n.tr("rota.timesheets.printed", written.toString()))));
    }

    private void markSelectedSigned() {
        TimesheetService.Summary chosen = sheets.getSelectionModel().getSelectedItem();
        if (chosen.timesheet().signed()) {
            session.dialogs().showInfo(I18n.tr("rota.timesheets.signed"), I18n.tr("rota.timesheets.alreadySigned"));
            return;
        }
        session.dialogs().chooseFileToOpen(I18n.tr("rota.timesheets.scan"), I18n.tr("rota.timesheets.scanFilter"), "*.pdf", "*.png", "*.jpg", "*.jpeg")
                .ifPresent(path -> session.tasks().run(I18n.tr("task.rota.sign"), () -> {
                    byte[] scan;
                    try {
                        scan = Files.readAllBytes(path);
                    } catch (IOException e) {
                        throw new Refusal("The scan " + path.getFileName() + " could not be read (" + e.getMessage() + "); choose it again.", e);
                    }
                    return new TimesheetService(session.book()).markSigned(chosen.timesheet().id(), session.today(),
                            path.getFileName().toString(), mediaType(path), scan);
                }, signed -> reload(), error -> session.dialogs().showError(I18n.tr("error.title"), BackgroundTasks.describe(error))));
    }

    private static String mediaType(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        return name.endsWith(".png") ? "image/png" : "image/jpeg";
    }
}

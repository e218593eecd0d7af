package uk.supportbudget.ui.payroll;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payrun.FpsFigures;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.payrun.PayRunLine;
import uk.supportbudget.service.PayrollService;
import uk.supportbudget.ui.common.I18n;

/**
 * What the Payroll page shows, without any controls: the pay periods to choose from, the chosen period's
 * run, where each PA's timesheet stands, the PA picked in the table, and what is owed. The page fills it
 * from the background worker and draws it.
 */
public final class PayrollViewModel {

    /** Which explanation a table column shows when hovered. */
    static final Map<String, String> COLUMN_EXPLANATION = Map.of("gross", "gross", "tax", "tax", "ni", "ni", "pension", "pension",
            "loans", "studentLoan", "net", "netPay", "employerNi", "employmentAllowance", "cost", "employerCost");

    public final ObservableList<PayrollService.PeriodChoice> periods = FXCollections.observableArrayList();
    public final ObjectProperty<PayrollService.PeriodChoice> period = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> payDate = new SimpleObjectProperty<>();
    public final ObjectProperty<PayRun> run = new SimpleObjectProperty<>();
    public final ObservableList<PayrollService.TimesheetStatus> timesheets = FXCollections.observableArrayList();
    public final ObservableList<PayrollService.Owed> owed = FXCollections.observableArrayList();
    public final ObjectProperty<PayRunLine> selected = new SimpleObjectProperty<>();

    /** A draft with someone in it can be finalised. */
    public final BooleanBinding canFinalise = Bindings.createBooleanBinding(
            () -> run.get() != null && !run.get().finalised() && !run.get().lines().isEmpty(), run);
    /** A finalised run cannot be worked out again. */
    public final BooleanBinding canCalculate = Bindings.createBooleanBinding(
            () -> period.get() != null && (run.get() == null || !run.get().finalised()), period, run);
    public final BooleanBinding hasLines = Bindings.createBooleanBinding(() -> run.get() != null && !run.get().lines().isEmpty(), run);

    /** Every explanation of a PA's pay, one paragraph each, warnings first. */
    public static String explanations(PayRunLine line) {
        if (line == null) {
            return "";
        }
        String warnings = line.warnings().stream().map(w -> "\u26A0 " + w).collect(Collectors.joining("\n\n"));
        String notes = String.join("\n\n", line.explanations().values());
        return warnings.isEmpty() ? notes : warnings + "\n\n" + notes;
    }

    /** The explanation behind one column's figure for a PA (student loans may be several). */
    public static String explanationFor(PayRunLine line, String column) {
        String key = COLUMN_EXPLANATION.get(column);
        if (line == null || key == null) {
            return "";
        }
        if (key.equals("studentLoan")) {
            return line.explanations().entrySet().stream().filter(e -> e.getKey().startsWith("studentLoan")).map(Map.Entry::getValue)
                    .collect(Collectors.joining("\n"));
        }
        if (key.equals("employmentAllowance") && line.explanation(key).isEmpty()) {
            return line.explanation("ni");
        }
        return line.explanation(key);
    }

    /** Each PA's NI by category letter before the run shown (see {@code PayrollService.niBefore}), for the FPS's block per letter. */
    public record NiBefore(long runId, Map<Long, List<uk.supportbudget.domain.payrun.YearEnd.NiByCategory>> byPa) {
    }

    public final ObjectProperty<NiBefore> niBefore = new SimpleObjectProperty<>();

    /** One figure of a PA's pay as the details below the short table show it: what it is, how much, and why. */
    public record Figure(String label, String value, String explanation) {
    }

    /** Every figure the full table has a column for, in its order, each with the explanation its column shows on hover. */
    public static List<Figure> figures(PayRunLine line) {
        return List.of(new Figure(I18n.tr("payroll.column.hours"), uk.supportbudget.domain.rota.ShiftPay.hours(line.minutesWorked()), ""),
                figure(line, "payroll.column.gross", "gross", line.gross()),
                figure(line, "payroll.column.tax", "tax", line.tax()),
                figure(line, "payroll.column.ni", "ni", line.employeeNi()),
                figure(line, "payroll.column.pension", "pension", line.pensionFromPay()),
                figure(line, "payroll.column.loans", "loans", line.studentLoan().plus(line.postgraduateLoan())),
                figure(line, "payroll.column.net", "net", line.net()),
                figure(line, "payroll.column.employerNi", "employerNi", line.employerNiDue()),
                figure(line, "payroll.column.cost", "cost", line.employerCost()));
    }

    private static Figure figure(PayRunLine line, String labelKey, String column, Money amount) {
        return new Figure(I18n.tr(labelKey), amount.display(), explanationFor(line, column));
    }

    /** The figures as one sentence, for a screen reader on the short table's chosen row. */
    public static String spokenFigures(PayRunLine line) {
        String figures = figures(line).stream().map(f -> I18n.tr("payroll.details.figure", f.label(), f.value())).collect(Collectors.joining(", "));
        return I18n.tr("payroll.details.spoken", line.employeeName(), figures, lineStatus(line));
    }

    /** Whether a PA's pay needs a look before finalising: in words, so colour is never the only sign. */
    public static String lineStatus(PayRunLine line) {
        return line.warnings().isEmpty() ? I18n.tr("payroll.line.ok") : I18n.tr("payroll.line.check", line.warnings().size());
    }

    /** The FPS boxes for the PA picked, or for the first PA. */
    public List<FpsFigures.Item> fpsItems() {
        PayRun shown = run.get();
        if (shown == null || shown.lines().isEmpty()) {
            return List.of();
        }
        PayRunLine line = selected.get() != null && shown.lines().contains(selected.get()) ? selected.get() : shown.lines().get(0);
        NiBefore before = niBefore.get();
        // Figures loaded for another run would give the wrong letters; without them the year is shown under this run's letter.
        return before == null || before.runId() != shown.id() ? FpsFigures.of(shown, line)
                : PayrollService.fps(shown, line, before.byPa());
    }

    /** A sentence saying where the chosen period's run stands. */
    public String status() {
        PayRun shown = run.get();
        if (shown == null) {
            return I18n.tr("payroll.status.none");
        }
        if (shown.finalised()) {
            return I18n.tr("payroll.status.finalised", shown.title());
        }
        return shown.lines().isEmpty() ? I18n.tr("payroll.status.empty", shown.title())
                : I18n.tr("payroll.status.draft", shown.title(), shown.lines().size());
    }

    /** The question asked before finalising, with the sums that will be owed. */
    public String finaliseQuestion() {
        PayRun shown = run.get();
        return I18n.tr("payroll.finalise.question", shown.title(), shown.total(PayRunLine::net).display(),
                shown.total(PayRunLine::dueToHmrc).display(), shown.total(PayRunLine::dueToPension).display());
    }

    /** Everything not yet paid. */
    public Money stillOwed() {
        return owed.stream().filter(o -> !o.liability().paid()).map(o -> o.liability().amount()).reduce(Money.ZERO, Money::plus);
    }
}

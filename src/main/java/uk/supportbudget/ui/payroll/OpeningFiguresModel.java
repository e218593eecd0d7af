package uk.supportbudget.ui.payroll;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.payrun.OpeningFigures;
import uk.supportbudget.domain.payrun.YearEnd;
import uk.supportbudget.ui.common.FieldRules;
import uk.supportbudget.ui.common.I18n;

/**
 * The forms for figures from before the first pay run here: the PA's P45, and this employer's totals
 * from the old payroll. Each amount is refused at its field with a sentence (a letter in it, a minus sign);
 * figures that cannot belong together (tax more than pay) are refused with the domain's sentence; and
 * figures a finalised run has built on are shown but cannot be saved, with the reason. An empty amount
 * means nothing.
 */
public final class OpeningFiguresModel {

    private final long employeeId;
    private final TaxYear taxYear;
    /** Why the figures can no longer be changed, or empty. */
    public final String lockedReason;

    public final BooleanProperty hasP45 = new SimpleBooleanProperty(false);
    public final StringProperty p45Pay = new SimpleStringProperty("");
    public final StringProperty p45Tax = new SimpleStringProperty("");
    public final StringProperty p45TaxCode = new SimpleStringProperty("");
    public final BooleanProperty p45Week1Month1 = new SimpleBooleanProperty(false);
    public final BooleanProperty p45StudentLoan = new SimpleBooleanProperty(false);

    public final BooleanProperty hasThisEmployment = new SimpleBooleanProperty(false);
    public final StringProperty gross = new SimpleStringProperty("");
    public final StringProperty taxablePay = new SimpleStringProperty("");
    public final StringProperty tax = new SimpleStringProperty("");
    /**
     * One row per NI category letter used before the first run here: a PA can change letter in the year
     * (from M to A at 21, to C at State Pension age), and the P60 and FPS report each letter's figures.
     */
    public final ObservableList<NiRow> niRows = FXCollections.observableArrayList();
    public final StringProperty pensionFromPay = new SimpleStringProperty("");
    public final StringProperty pensionEmployer = new SimpleStringProperty("");
    public final StringProperty studentLoan = new SimpleStringProperty("");
    public final StringProperty postgraduateLoan = new SimpleStringProperty("");
    public final StringProperty statutoryPay = new SimpleStringProperty("");

    private final NiCategory usualCategory;

    /** One NI category letter's figures as typed: earnings in the three bands, and both contributions. */
    public static final class NiRow {
        public final ObjectProperty<NiCategory> category;
        public final StringProperty earningsAtLel = new SimpleStringProperty("");
        public final StringProperty lelToPt = new SimpleStringProperty("");
        public final StringProperty ptToUel = new SimpleStringProperty("");
        public final StringProperty employeeNi = new SimpleStringProperty("");
        public final StringProperty employerNi = new SimpleStringProperty("");

        NiRow(NiCategory category) {
            this.category = new SimpleObjectProperty<>(category);
        }

        public List<StringProperty> amounts() {
            return List.of(earningsAtLel, lelToPt, ptToUel, employeeNi, employerNi);
        }

        private boolean blank() {
            return amounts().stream().allMatch(amount -> money(amount).isZero());
        }

        private YearEnd.NiByCategory figures() {
            return new YearEnd.NiByCategory(category.get(), money(earningsAtLel), money(lelToPt), money(ptToUel), money(employeeNi),
                    money(employerNi));
        }
    }

    /** The PA's figures as stored, ready to edit; {@code lockedReason} empty while they may be changed. */
    public OpeningFiguresModel(OpeningFigures figures, NiCategory usualCategory, Optional<String> lockedReason) {
        this.employeeId = figures.employeeId();
        this.taxYear = figures.taxYear();
        this.lockedReason = lockedReason.orElse("");
        this.usualCategory = usualCategory;
        OpeningFigures.PreviousEmployment p45 = figures.previousEmployment();
        if (p45 != null) {
            hasP45.set(true);
            p45Pay.set(p45.pay().plain());
            p45Tax.set(p45.tax().plain());
            p45TaxCode.set(p45.taxCode() == null ? "" : p45.taxCode().code());
            p45Week1Month1.set(p45.week1Month1());
            p45StudentLoan.set(p45.studentLoanContinues());
        }
        OpeningFigures.ThisEmployment mine = figures.thisEmployment();
        if (mine != null) {
            hasThisEmployment.set(true);
            gross.set(mine.gross().plain());
            taxablePay.set(mine.taxablePay().plain());
            tax.set(mine.tax().plain());
            pensionFromPay.set(mine.pensionFromPay().plain());
            pensionEmployer.set(mine.pensionEmployer().plain());
            studentLoan.set(mine.studentLoan().plain());
            postgraduateLoan.set(mine.postgraduateLoan().plain());
            statutoryPay.set(mine.statutoryPay().plain());
            for (YearEnd.NiByCategory ni : mine.ni()) {
                NiRow row = new NiRow(ni.category());
                row.earningsAtLel.set(ni.earningsAtLel().plain());
                row.lelToPt.set(ni.lelToPt().plain());
                row.ptToUel.set(ni.ptToUel().plain());
                row.employeeNi.set(ni.employeeNi().plain());
                row.employerNi.set(ni.employerNi().plain());
                niRows.add(row);
            }
        }
        if (niRows.isEmpty()) {
            niRows.add(new NiRow(usualCategory));
        }
    }

    /**
     * Adds a row for another category letter: the PA's usual letter when no row has it, otherwise the first
     * letter no row has. Empty when every letter already has a row.
     */
    public Optional<NiRow> addNiRow() {
        java.util.Set<NiCategory> used = java.util.EnumSet.noneOf(NiCategory.class);
        niRows.forEach(row -> used.add(row.category.get()));
        java.util.stream.Stream<NiCategory> candidates = java.util.stream.Stream.concat(java.util.stream.Stream.of(usualCategory),
                java.util.Arrays.stream(NiCategory.values()));
        Optional<NiRow> added = candidates.filter(category -> !used.contains(category)).findFirst().map(NiRow::new);
        added.ifPresent(niRows::add);
        return added;
    }

    /** Removes a row; the last one left is emptied instead, so there is always a row to type into. */
    public void removeNiRow(NiRow row) {
        if (niRows.size() > 1) {
            niRows.remove(row);
        } else {
            row.amounts().forEach(amount -> amount.set(""));
        }
    }

    /** Why a row's category letter cannot be used (an earlier row has it), or empty; shown at the row's letter. */
    public Optional<String> niCategoryProblem(NiRow row) {
        int index = niRows.indexOf(row);
        if (!hasThisEmployment.get() || index < 0) {
            return Optional.empty();
        }
        NiCategory category = row.category.get();
        if (category == null) {
            return Optional.of(I18n.tr("payroll.opening.ni.noCategory"));
        }
        boolean earlier = niRows.subList(0, index).stream().anyMatch(other -> other.category.get() == category);
        return earlier ? Optional.of(I18n.tr("payroll.opening.ni.duplicate", category.name())) : Optional.empty();
    }

    /**
     * Why a row's earnings bands cannot be right (together more than gross pay to date), or empty; shown at the
     * row's last band. A bad amount is left to its own field, so the sentence is not said twice.
     */
    public Optional<String> niBandsProblem(NiRow row) {
        if (!hasThisEmployment.get() || !niRows.contains(row) || anyAmountProblem(List.of(gross, row.earningsAtLel, row.lelToPt, row.ptToUel))) {
            return Optional.empty();
        }
        Money bands = money(row.earningsAtLel).plus(money(row.lelToPt)).plus(money(row.ptToUel));
        Money grossToDate = money(gross);
        if (bands.compareTo(grossToDate) > 0) {
            return Optional.of(I18n.tr("payroll.opening.ni.overGross", String.valueOf(row.category.get()), bands.display(), grossToDate.display()));
        }
        return Optional.empty();
    }

    /** A row's amount field's problem: the amount as typed, then, for the last band, the row's bands against gross. */
    public Optional<String> niAmountProblem(NiRow row, StringProperty amount) {
        if (!niRows.contains(row)) {
            return Optional.empty();
        }
        Optional<String> own = amountProblem(amount.get());
        return amount == row.ptToUel ? own.or(() -> niBandsProblem(row)) : own;
    }

    public boolean locked() {
        return !lockedReason.isEmpty();
    }

    /** Why an amount as typed cannot be used, or empty; an empty field is nothing. */
    public static Optional<String> amountProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return FieldRules.amountProblem(text, false);
    }

    /** Why the P45 figures cannot belong together (such as tax more than pay), or empty. */
    public Optional<String> p45Problem() {
        if (!hasP45.get() || anyAmountProblem(List.of(p45Pay, p45Tax))) {
            return Optional.empty();
        }
        return PayslipCheckModel.problem(this::previousEmployment);
    }

    /** Why the tax code on the P45 is not one HMRC uses, or empty (it may be left out). */
    public Optional<String> p45TaxCodeProblem() {
        if (!hasP45.get() || p45TaxCode.get() == null || p45TaxCode.get().isBlank()) {
            return Optional.empty();
        }
        return PayslipCheckModel.problem(() -> TaxCode.parse(p45TaxCode.get()));
    }

    /** Why the old payroll's figures cannot belong together (such as tax more than taxable pay), or empty. */
    public Optional<String> thisEmploymentProblem() {
        if (!hasThisEmployment.get() || anyAmountProblem(List.of(gross, taxablePay, tax, pensionFromPay, pensionEmployer, studentLoan,
                postgraduateLoan, statutoryPay)) || niRows.stream().anyMatch(row -> anyAmountProblem(row.amounts())
                        || niCategoryProblem(row).isPresent() || niBandsProblem(row).isPresent())) {
            // Each of those is said at its own field.
            return Optional.empty();
        }
        return PayslipCheckModel.problem(this::thisEmployment);
    }

    private static boolean anyAmountProblem(List<StringProperty> fields) {
        return fields.stream().anyMatch(field -> amountProblem(field.get()).isPresent());
    }

    /** The figures to save, keeping the part the form does not show; a {@link Refusal} with the sentence when one is wrong. */
    public OpeningFigures withP45(OpeningFigures stored) {
        return new OpeningFigures(employeeId, taxYear, hasP45.get() ? previousEmployment() : null, stored.thisEmployment());
    }

    public OpeningFigures withThisEmployment(OpeningFigures stored) {
        return new OpeningFigures(employeeId, taxYear, stored.previousEmployment(), hasThisEmployment.get() ? thisEmployment() : null);
    }

    private OpeningFigures.PreviousEmployment previousEmployment() {
        String code = p45TaxCode.get();
        TaxCode parsed = code == null || code.isBlank() ? null : TaxCode.parse(code);
        return new OpeningFigures.PreviousEmployment(money(p45Pay), money(p45Tax), parsed,
                p45Week1Month1.get() || parsed != null && parsed.nonCumulative(), p45StudentLoan.get());
    }

    private OpeningFigures.ThisEmployment thisEmployment() {
        // A row left empty is no NI under that letter, not a letter with nothing in it.
        List<YearEnd.NiByCategory> ni = niRows.stream().filter(row -> !row.blank()).map(NiRow::figures).toList();
        return new OpeningFigures.ThisEmployment(money(gross), money(taxablePay), money(tax), ni,
                money(pensionFromPay), money(pensionEmployer), money(studentLoan), money(postgraduateLoan), money(statutoryPay));
    }

    private static Money money(StringProperty field) {
        String text = field.get();
        return text == null || text.isBlank() ? Money.ZERO : Money.parseLenient(text);
    }
}

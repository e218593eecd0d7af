package uk.supportbudget.ui.payroll;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.payrun.OpeningFigures;
import uk.supportbudget.domain.payrun.YearEnd;
import uk.supportbudget.ui.common.FieldRules;

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
    public final ObjectProperty<NiCategory> niCategory = new SimpleObjectProperty<>(NiCategory.A);
    public final StringProperty earningsAtLel = new SimpleStringProperty("");
    public final StringProperty lelToPt = new SimpleStringProperty("");
    public final StringProperty ptToUel = new SimpleStringProperty("");
    public final StringProperty employeeNi = new SimpleStringProperty("");
    public final StringProperty employerNi = new SimpleStringProperty("");
    public final StringProperty pensionFromPay = new SimpleStringProperty("");
    public final StringProperty pensionEmployer = new SimpleStringProperty("");
    public final StringProperty studentLoan = new SimpleStringProperty("");
    public final StringProperty postgraduateLoan = new SimpleStringProperty("");
    public final StringProperty statutoryPay = new SimpleStringProperty("");

    /** The PA's figures as stored, ready to edit; {@code lockedReason} empty while they may be changed. */
    public OpeningFiguresModel(OpeningFigures figures, NiCategory usualCategory, Optional<String> lockedReason) {
        this.employeeId = figures.employeeId();
        this.taxYear = figures.taxYear();
        this.lockedReason = lockedReason.orElse("");
        niCategory.set(usualCategory);
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
            if (!mine.ni().isEmpty()) {
                YearEnd.NiByCategory ni = mine.ni().get(0);
                niCategory.set(ni.category());
                earningsAtLel.set(ni.earningsAtLel().plain());
                lelToPt.set(ni.lelToPt().plain());
                ptToUel.set(ni.ptToUel().plain());
                employeeNi.set(ni.employeeNi().plain());
                employerNi.set(ni.employerNi().plain());
            }
        }
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
        if (!hasThisEmployment.get() || anyAmountProblem(List.of(gross, taxablePay, tax, earningsAtLel, lelToPt, ptToUel, employeeNi,
                employerNi, pensionFromPay, pensionEmployer, studentLoan, postgraduateLoan, statutoryPay))) {
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
        YearEnd.NiByCategory ni = new YearEnd.NiByCategory(niCategory.get(), money(earningsAtLel), money(lelToPt), money(ptToUel),
                money(employeeNi), money(employerNi));
        boolean anyNi = !(ni.earningsAtLel().isZero() && ni.lelToPt().isZero() && ni.ptToUel().isZero() && ni.employeeNi().isZero()
                && ni.employerNi().isZero());
        return new OpeningFigures.ThisEmployment(money(gross), money(taxablePay), money(tax), anyNi ? List.of(ni) : List.of(),
                money(pensionFromPay), money(pensionEmployer), money(studentLoan), money(postgraduateLoan), money(statutoryPay));
    }

    private static Money money(StringProperty field) {
        String text = field.get();
        return text == null || text.isBlank() ? Money.ZERO : Money.parseLenient(text);
    }
}

package uk.supportbudget.ui.payroll;

import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.PayPeriod;
import uk.supportbudget.domain.payroll.TaxAndNi;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.service.payroll.RatesLoader;

/**
 * "Check one payslip": the same calculation as {@code payroll-calc}, typed in by hand, each field refused
 * with a sentence when it cannot be right (an impossible tax code, a negative gross, period 13 of a
 * monthly year). No book is touched.
 */
public final class PayslipCheckModel {

    public final StringProperty taxYear = new SimpleStringProperty("");
    public final ObjectProperty<PayFrequency> frequency = new SimpleObjectProperty<>(PayFrequency.MONTHLY);
    public final StringProperty period = new SimpleStringProperty("1");
    public final StringProperty taxCode = new SimpleStringProperty("1257L");
    public final ObjectProperty<NiCategory> niCategory = new SimpleObjectProperty<>(NiCategory.A);
    public final StringProperty gross = new SimpleStringProperty("");
    public final StringProperty previousTaxablePay = new SimpleStringProperty("0.00");
    public final StringProperty previousTaxPaid = new SimpleStringProperty("0.00");

    public PayslipCheckModel(TaxYear year) {
        taxYear.set(year.toString());
    }

    public Optional<String> taxYearProblem() {
        return problem(() -> {
            TaxYear year = TaxYear.parse(taxYear.get());
            if (!RatesLoader.standard().availableYears().contains(year)) {
                throw new Refusal("Support Budget has no rates for " + year + "; choose one of " + RatesLoader.standard().availableYears() + ".");
            }
        });
    }

    public Optional<String> periodProblem() {
        return problem(() -> periodNumber());
    }

    public Optional<String> taxCodeProblem() {
        return problem(() -> TaxCode.parse(taxCode.get()));
    }

    public Optional<String> grossProblem() {
        return problem(() -> {
            Money pay = Money.parseLenient(gross.get());
            if (pay.isNegative() || pay.compareTo(TaxAndNi.LARGEST_GROSS) > 0) {
                TaxAndNi.calculate(RatesLoader.standard().forYear(new TaxYear(2025)), new PayPeriod(PayFrequency.MONTHLY, 1), TaxCode.parse("1257L"),
                        NiCategory.A, pay, Money.ZERO, Money.ZERO);
            }
        });
    }

    public Optional<String> previousProblem() {
        return problem(() -> {
            Money.parseLenient(previousTaxablePay.get());
            Money.parseLenient(previousTaxPaid.get());
        });
    }

    /** The first thing wrong, or empty when the figures can be worked out. */
    public Optional<String> firstProblem() {
        for (Optional<String> problem : java.util.List.of(taxYearProblem(), periodProblem(), taxCodeProblem(), grossProblem(), previousProblem())) {
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** Tax and NI for the figures typed; a {@link Refusal} with the sentence to show when one is wrong. */
    public TaxAndNi calculate() {
        firstProblem().ifPresent(sentence -> {
            throw new Refusal(sentence);
        });
        return TaxAndNi.calculate(RatesLoader.standard().forYear(TaxYear.parse(taxYear.get())), new PayPeriod(frequency.get(), periodNumber()),
                TaxCode.parse(taxCode.get()), niCategory.get(), Money.parseLenient(gross.get()), Money.parseLenient(previousTaxablePay.get()),
                Money.parseLenient(previousTaxPaid.get()));
    }

    private int periodNumber() {
        int number;
        try {
            number = Integer.parseInt(period.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new Refusal("\"" + period.get() + "\" is not a period number; type the tax month or week, such as 3.");
        }
        return new PayPeriod(frequency.get(), number).number();
    }

    /** Empty when {@code check} passes; otherwise the sentence of the {@link Refusal} it threw. */
    static Optional<String> problem(Runnable check) {
        try {
            check.run();
            return Optional.empty();
        } catch (Refusal refusal) {
            return Optional.of(refusal.getMessage());
        }
    }
}

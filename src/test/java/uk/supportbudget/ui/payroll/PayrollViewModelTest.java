package uk.supportbudget.ui.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.PayPeriod;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.payrun.PayRunLine;
import uk.supportbudget.domain.payrun.YearToDate;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.staff.PensionStatus;

/** What the Payroll page shows, without a screen. */
class PayrollViewModelTest {

    private static PayRunLine line() {
        Money m = Money.parse("10.00");
        return new PayRunLine(1, "Sam Lee", "", TaxCode.parse("1257L"), NiCategory.A, 600, List.of(), Money.parse("100.00"), m, m, m, m, m, m,
                Money.ZERO, m, m, m, Money.parse("70.00"), Money.parse("110.00"), m, m, m, "A: up to 15.99 hours", YearToDate.NONE, null,
                PensionStatus.ENROLLED, Map.of("gross", "Gross pay: …", "tax", "Tax: code 1257L …", "ni", "NI: …", "studentLoan.plan2",
                        "Plan 2: …", "netPay", "Net pay: …"), List.of("Check this."), false, List.of());
    }

    private static PayRun run(PayRun.Status status, List<PayRunLine> lines) {
        return new PayRun(1, new TaxYear(2026), new PayPeriod(PayFrequency.MONTHLY, 7), new DateRange(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31)), LocalDate.of(2026, 10, 28), status, "", lines);
    }

    @ParameterizedTest
    @CsvSource({"gross, Gross pay", "tax, Tax: code 1257L", "loans, Plan 2", "net, Net pay", "employerNi, NI:"})
    void eachColumnExplainsItsFigure(String column, String expected) {
        assertTrue(PayrollViewModel.explanationFor(line(), column).startsWith(expected));
    }

    @Test
    void theShortTablesDetailsHoldEveryFigureOfTheFullTableWithItsExplanation() {
        List<PayrollViewModel.Figure> figures = PayrollViewModel.figures(line());
        assertEquals(9, figures.size(), "every column of the full table but the PA's name");
        PayrollViewModel.Figure net = figures.stream().filter(f -> f.label().equals("Net pay")).findFirst().orElseThrow();
        assertEquals("£70.00", net.value());
        assertTrue(net.explanation().startsWith("Net pay"));
        String spoken = PayrollViewModel.spokenFigures(line());
        assertTrue(spoken.startsWith("Sam Lee: Hours: 10 h") && spoken.contains("Net pay: £70.00") && spoken.contains("Your cost: £110.00"), spoken);
    }

    @Test
    void aLineWithWarningsSaysSoInWordsNotOnlyColour() {
        assertEquals("\u26A0 Check (1)", PayrollViewModel.lineStatus(line()));
    }

    @Test
    void warningsComeBeforeTheWorking() {
        assertTrue(PayrollViewModel.explanations(line()).startsWith("\u26A0 Check this."));
    }

    @Test
    void aDraftCanBeFinalisedAndAFinalisedRunCannotBeWorkedOutAgain() {
        PayrollViewModel model = new PayrollViewModel();
        assertFalse(model.canFinalise.get());
        model.run.set(run(PayRun.Status.DRAFT, List.of(line())));
        assertTrue(model.canFinalise.get());
        assertTrue(model.finaliseQuestion().contains("£70.00"), model.finaliseQuestion());
        assertTrue(model.status().contains("draft"), model.status());
        model.run.set(run(PayRun.Status.FINALISED, List.of(line())));
        assertFalse(model.canFinalise.get());
        assertFalse(model.canCalculate.get());
        assertTrue(model.status().contains("finalised"));
        assertEquals("Sam Lee", model.fpsItems().get(0).value());
    }
}

package uk.supportbudget.domain.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.Percentage;

/** Student loans, Employment Allowance, auto-enrolment, SSP, holiday pay, minimum wage and whole payslips. */
class PayrollRulesTest {

    @ParameterizedTest(name = "{0} {1} {2} on {3} -> {4}")
    @CsvSource({
            // Plan 2 2025-26 monthly threshold 28470/12 = 2372.50; 627.50 x 9% = 56.475 -> 56.47 -> down to the pound 56.00
            "2025-26, PLAN_2, monthly, 3000.00, 56.00",
            // Plan 1 2025-26 weekly 26065/52 = 501.25; 98.75 x 9% = 8.8875 -> 8.00
            "2025-26, PLAN_1, weekly, 600.00, 8.00",
            // Postgraduate monthly 21000/12 = 1750; 1250 x 6% = 75.00
            "2025-26, POSTGRADUATE, monthly, 3000.00, 75.00",
            // Plan 4 2026-27 monthly 33795/12 = 2816.25; 183.75 x 9% = 16.5375 -> 16.00
            "2026-27, PLAN_4, monthly, 3000.00, 16.00",
            // Plan 5 2026-27 monthly 25000/12 = 2083.33; 916.67 x 9% = 82.5003 -> 82.00
            "2026-27, PLAN_5, monthly, 3000.00, 82.00",
            // Plan 2 2024-25 fortnightly 27295 x 2 / 52 = 1049.807 -> 1049.80; 150.20 x 9% = 13.518 -> 13.00
            "2024-25, PLAN_2, fortnightly, 1200.00, 13.00",
            "2025-26, PLAN_2, monthly, 2372.50, 0.00",
            "2025-26, PLAN_2, monthly, 2383.61, 0.00",
            "2025-26, PLAN_2, monthly, 2383.62, 1.00",
    })
    void studentLoanIsNinePercentAboveThresholdRoundedDownToPound(String year, StudentLoanPlan plan, String frequency, String gross,
            String expected) {
        assertEquals(expected, StudentLoanCalculator.deduction(TestRates.year(year), plan, PayFrequency.parse(frequency), Money.parse(gross)).plain());
    }

    @Test
    void employmentAllowanceOffsetsEmployerNiUntilUsedUp() {
        EmploymentAllowance nearlyUsed = new EmploymentAllowance(Money.parse("10500.00"), Money.parse("10450.00"));
        EmploymentAllowance.Offset offset = nearlyUsed.offset(Money.parse("110.89"));
        assertEquals("50.00", offset.covered().plain());
        assertEquals("60.89", offset.employerNiStillDue().plain());
        assertEquals("0.00", offset.after().remaining().plain());
        EmploymentAllowance.Offset none = offset.after().offset(Money.parse("10.00"));
        assertEquals("0.00", none.covered().plain());
        assertEquals("10.00", none.employerNiStillDue().plain());
        assertEquals("5000.00", EmploymentAllowance.unused(TestRates.year("2024-25")).remaining().plain());
        assertThrows(IllegalArgumentException.class, () -> new EmploymentAllowance(Money.parse("1.00"), Money.parse("2.00")));
    }

    @ParameterizedTest(name = "{0} {1} age {2} SPA {3} earning {4} -> {5}")
    @CsvSource({
            "2025-26, monthly, 30, false, 1500.00, ELIGIBLE_JOBHOLDER",
            "2025-26, monthly, 21, false, 1500.00, NON_ELIGIBLE_JOBHOLDER",
            "2025-26, monthly, 30, false, 833.00, NON_ELIGIBLE_JOBHOLDER",
            "2025-26, monthly, 30, false, 833.01, ELIGIBLE_JOBHOLDER",
            "2025-26, monthly, 30, false, 520.01, NON_ELIGIBLE_JOBHOLDER",
            "2025-26, monthly, 30, false, 520.00, ENTITLED_WORKER",
            "2025-26, monthly, 67, true, 3000.00, NON_ELIGIBLE_JOBHOLDER",
            "2025-26, monthly, 75, false, 3000.00, NO_DUTIES",
            "2025-26, monthly, 15, false, 3000.00, NO_DUTIES",
            "2025-26, weekly, 40, false, 192.01, ELIGIBLE_JOBHOLDER",
            "2025-26, fortnightly, 40, false, 384.00, NON_ELIGIBLE_JOBHOLDER",
            "2026-27, four-weekly, 40, false, 768.01, ELIGIBLE_JOBHOLDER",
            "2024-25, four-weekly, 40, false, 480.00, ENTITLED_WORKER",
    })
    void autoEnrolmentAssessmentEveryPayRun(String year, String frequency, int age, boolean statePensionAge, String earnings,
            AutoEnrolment.WorkerCategory expected) {
        assertEquals(expected, AutoEnrolment.assess(TestRates.year(year), PayFrequency.parse(frequency), age, statePensionAge, Money.parse(earnings)));
    }

    @ParameterizedTest(name = "{0} {1} {2}: QE {3} PA {4} employer {5} from pay {6}")
    @CsvSource({
            // QE 1500 - 520 = 980; 5% = 49.00; 3% = 29.40; relief at source takes 80% of 49.00 = 39.20 from pay
            "monthly, 1500.00, RELIEF_AT_SOURCE, 980.00, 49.00, 29.40, 39.20",
            "monthly, 1500.00, NET_PAY_ARRANGEMENT, 980.00, 49.00, 29.40, 49.00",
            // capped at the upper limit: 4189 - 520 = 3669; 5% = 183.45; 3% = 110.07
            "monthly, 5000.00, NET_PAY_ARRANGEMENT, 3669.00, 183.45, 110.07, 183.45",
            "weekly, 100.00, RELIEF_AT_SOURCE, 0.00, 0.00, 0.00, 0.00",
            // 636.25 x 5% = 31.8125 -> 31.81; x 3% = 19.0875 -> 19.09
            "monthly, 1156.25, RELIEF_AT_SOURCE, 636.25, 31.81, 19.09, 25.45",
    })
    void pensionContributionsOnQualifyingEarnings(String frequency, String earnings, AutoEnrolment.TaxRelief relief, String qualifying,
            String employee, String employer, String fromPay) {
        AutoEnrolment.Contributions c = AutoEnrolment.contributions(TestRates.year("2025-26"), PayFrequency.parse(frequency),
                Money.parse(earnings), AutoEnrolment.DEFAULT_EMPLOYEE, AutoEnrolment.DEFAULT_EMPLOYER, relief);
        assertEquals(qualifying, c.qualifyingEarnings().plain());
        assertEquals(employee, c.employeeContribution().plain());
        assertEquals(employer, c.employerContribution().plain());
        assertEquals(fromPay, c.deductedFromPay().plain());
    }

    @Test
    void pensionBelowTheLegalMinimumIsRefused() {
        assertThrows(Refusal.class, () -> AutoEnrolment.contributions(TestRates.year("2025-26"), PayFrequency.MONTHLY, Money.parse("1000.00"),
                Percentage.ofWholePercent(6), Percentage.ofWholePercent(2), AutoEnrolment.TaxRelief.NET_PAY_ARRANGEMENT));
        AutoEnrolment.contributions(TestRates.year("2025-26"), PayFrequency.MONTHLY, Money.parse("1000.00"),
                Percentage.ofWholePercent(0), Percentage.ofWholePercent(8), AutoEnrolment.TaxRelief.NET_PAY_ARRANGEMENT);
    }

    @Test
    void autoEnrolmentDatesAndWindows() {
        LocalDate start = LocalDate.of(2025, 5, 1);
        assertEquals(LocalDate.of(2025, 8, 1), AutoEnrolment.postponementEnds(start, 3));
        assertThrows(Refusal.class, () -> AutoEnrolment.postponementEnds(start, 4));
        assertEquals(LocalDate.of(2025, 6, 12), AutoEnrolment.letterDue(start));
        AutoEnrolment.Window window = AutoEnrolment.optOutWindow(start, LocalDate.of(2025, 5, 10));
        assertEquals(LocalDate.of(2025, 5, 10), window.opens());
        assertEquals(LocalDate.of(2025, 6, 10), window.closes());
        assertTrue(window.contains(LocalDate.of(2025, 6, 10)));
        assertFalse(window.contains(LocalDate.of(2025, 6, 11)));
        assertFalse(window.contains(LocalDate.of(2025, 5, 9)));
        assertEquals(LocalDate.of(2025, 7, 15), AutoEnrolment.optOutRefundDue(LocalDate.of(2025, 6, 15)));
        assertEquals(LocalDate.of(2025, 7, 15), AutoEnrolment.optInEnrolFromOnOrAfter(LocalDate.of(2025, 6, 15)));
    }

    @ParameterizedTest(name = "{0} AWE {1} -> weekly {2}")
    @CsvSource({
            "2024-25, 200.00, 116.75", "2024-25, 122.99, 0.00", "2025-26, 200.00, 118.75", "2025-26, 124.99, 0.00",
            "2025-26, 125.00, 118.75",
            // From April 2026: lower of 123.25 and 80% of AWE, no earnings floor
            "2026-27, 100.00, 80.00", "2026-27, 200.00, 123.25", "2026-27, 50.00, 40.00", "2026-27, 154.06, 123.24",
    })
    void statutorySickPayWeeklyRate(String year, String averageWeeklyEarnings, String expected) {
        assertEquals(expected, StatutorySickPay.weeklyRate(TestRates.year(year), Money.parse(averageWeeklyEarnings)).plain());
    }

    @ParameterizedTest
    @CsvSource({"10, 1.21", "37.5, 4.53", "0, 0.00", "160, 19.31"})
    void irregularHoursAccrueTwelvePointZeroSevenPercent(String hours, String accrued) {
        assertEquals(new BigDecimal(accrued), HolidayPay.accruedHours(new BigDecimal(hours)));
    }

    @Test
    void rolledUpHolidayPayIsTwelvePointZeroSevenPercentOfPay() {
        assertEquals("120.70", HolidayPay.rolledUp(Money.parse("1000.00")).plain());
        assertEquals("30.18", HolidayPay.rolledUp(Money.parse("250.00")).plain());
    }

    private static List<MinimumWageRates> allMinimumWages() {
        return List.of(TestRates.year("2024-25").minimumWage(), TestRates.year("2025-26").minimumWage(), TestRates.year("2026-27").minimumWage());
    }

    @ParameterizedTest(name = "{0}, age {1}, apprentice {2}: {3}/h -> minimum {4}, meets {5}")
    @CsvSource({
            "2024-04-01, 25, false, 11.44, 11.44, true", "2024-05-01, 25, false, 11.43, 11.44, false",
            "2025-04-01, 21, false, 12.00, 12.21, false", "2025-06-01, 19, false, 10.00, 10.00, true",
            "2025-06-01, 17, false, 7.55, 7.55, true", "2025-06-01, 30, true, 7.55, 7.55, true",
            // 1 to 5 April 2026 is still tax year 2025-26 but the new minimum wage already applies
            "2026-04-03, 30, false, 12.21, 12.71, false", "2026-04-06, 20, false, 10.85, 10.85, true",
            "2026-05-01, 16, false, 8.00, 8.00, true",
    })
    void minimumWageCheckByAgeBandAndDate(LocalDate date, int age, boolean apprentice, String rate, String minimum, boolean meets) {
        MinimumWage.Check check = MinimumWage.check(allMinimumWages(), date, age, apprentice, Money.parse(rate));
        assertEquals(minimum, check.minimum().plain());
        assertEquals(meets, check.meetsMinimum(), check.message());
    }

    @Test
    void minimumWageWarnsOfTheNextAprilChange() {
        assertEquals(LocalDate.of(2026, 4, 1), MinimumWage.nextChange(allMinimumWages(), LocalDate.of(2026, 3, 1)).orElseThrow().effectiveFrom());
        assertTrue(MinimumWage.nextChange(allMinimumWages(), LocalDate.of(2026, 5, 1)).isEmpty());
        assertThrows(Refusal.class, () -> MinimumWage.inForce(allMinimumWages(), LocalDate.of(2020, 1, 1)));
    }

    @Test
    void payslipWithEmploymentAllowanceAndNoPension() {
        RatesTable rates = TestRates.year("2025-26");
        PayslipCalculation slip = PayslipCalculator.calculate(new PayslipCalculator.Input(rates, new PayPeriod(PayFrequency.MONTHLY, 1),
                TaxCode.parse("1257L"), NiCategory.A, Money.parse("1156.25"), Money.ZERO, Money.ZERO, List.of(), null,
                EmploymentAllowance.unused(rates)));
        assertEquals("21.40", slip.tax().tax().plain());
        assertEquals("110.89", slip.employmentAllowanceUsed().plain());
        assertEquals("0.00", slip.employerNiDue().plain());
        assertEquals("1126.19", slip.netPay().plain());
        assertEquals("1156.25", slip.employerCost().plain());
        assertEquals("10389.11", slip.allowanceAfter().remaining().plain());
        assertNull(slip.pension());
        assertTrue(slip.explanations().get("netPay").contains("= £1,126.19"), slip.explanations().get("netPay"));
    }

    @Test
    void payslipWithNetPayPensionReducesTaxablePayButNotNi() {
        // QE 636.25: PA 5% = 31.81 before tax; taxable 1124.44 - 1048.26 = 76.18 -> 76 x 20% = 15.20; NI still on 1156.25
        RatesTable rates = TestRates.year("2025-26");
        PayslipCalculation slip = PayslipCalculator.calculate(new PayslipCalculator.Input(rates, new PayPeriod(PayFrequency.MONTHLY, 1),
                TaxCode.parse("1257L"), NiCategory.A, Money.parse("1156.25"), Money.ZERO, Money.ZERO, List.of(StudentLoanPlan.PLAN_2),
                new PayslipCalculator.Pension(AutoEnrolment.DEFAULT_EMPLOYEE, AutoEnrolment.DEFAULT_EMPLOYER,
                        AutoEnrolment.TaxRelief.NET_PAY_ARRANGEMENT), null));
        assertEquals("1124.44", slip.taxablePay().plain());
        assertEquals("15.20", slip.tax().tax().plain());
        assertEquals("8.66", slip.ni().employee().plain());
        assertEquals("0.00", slip.studentLoans().get(StudentLoanPlan.PLAN_2).plain());
        assertEquals("1100.58", slip.netPay().plain());
        assertEquals("1286.23", slip.employerCost().plain()); // 1156.25 + 110.89 + 19.09
        assertTrue(slip.explanations().containsKey("pension"));
    }
}

package uk.supportbudget.domain.payrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.AutoEnrolment;
import uk.supportbudget.domain.payroll.EmploymentAllowance;
import uk.supportbudget.domain.payroll.RatesTable;
import uk.supportbudget.domain.rota.BankHolidays;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.rota.TimesheetLine;
import uk.supportbudget.domain.rota.WorkPeriod;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.PensionStatus;
import uk.supportbudget.domain.staff.StaffFixtures;
import uk.supportbudget.service.payroll.RatesLoader;

/**
 * An opt-out refund in the run that pays it. Under a net pay arrangement the refunded contributions had been taken
 * before tax, so they are taxable pay now (HMRC PTM044230; TPR: refunded "less any tax due"), but not NI-able (NI
 * was paid on them when deducted). Under relief at source the contributions came from taxed pay: the refund is not
 * taxed. Either way the year's pension figures net off what was refunded.
 *
 * <p>Hand-worked, June 2026 (month 3), code 1257L, £1,254.00 pay (95 hours at £13.20); NI on £1,254.00 either way:
 * (1,254.00 − 1,048.00) × 8% = £16.48.
 */
class PensionRefundTaxTest {

    private static final RatesLoader LOADER = RatesLoader.standard();
    private static final Employee PA = StaffFixtures.employee("Robin Hale", LocalDate.of(1990, 2, 3));
    private static final Contract TERMS = new Contract(1, 1, LocalDate.of(2024, 4, 1), null, new BigDecimal("40"), false, Money.parse("13.20"),
            Money.parse("13.50"), Money.parse("14.00"), Money.parse("19.80"), Money.parse("65.00"), Money.parse("13.50"), null, 5,
            PayFrequency.MONTHLY);

    private static Employee enrolled() {
        return new Employee(PA.id(), PA.fullName(), PA.address(), PA.dateOfBirth(), PA.niNumber(), PA.startDate(), null, PA.starter(), null,
                PA.taxCode(), PA.niCategory(), null, false, PensionStatus.ENROLLED, null, "", PA.dbs(), PA.rightToWorkCheckedOn(), false);
    }

    private static PayRunLine june(AutoEnrolment.TaxRelief relief, YearToDate previous) {
        return june(relief, previous, new PensionEvents(LocalDate.of(2026, 5, 27), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10),
                Money.parse("25.12"), Money.parse("23.55"), null, null));
    }

    private static PayRunLine june(AutoEnrolment.TaxRelief relief, YearToDate previous, PensionEvents events) {
        DateRange june = new DateRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        LocalDate payDate = LocalDate.of(2026, 6, 26);
        RatesTable rates = LOADER.forYear(TaxYear.containing(payDate));
        List<TimesheetLine> lines = new ArrayList<>();
        for (int day = 1; day <= 25; day++) {
            LocalDate date = LocalDate.of(2026, 6, day);
            if (date.getDayOfWeek().getValue() <= 5) {
                lines.add(new TimesheetLine(0, null, WorkPeriod.on(date, LocalTime.of(8, 0), LocalTime.of(13, 0), ShiftType.DAY), ""));
            }
        }
        Timesheet sheet = new Timesheet(7, 1, june, PayFrequency.MONTHLY, LocalDate.of(2026, 7, 1), lines);
        PayrollSettings d = PayrollSettings.defaults();
        PayrollSettings settings = new PayrollSettings(d.frequency(), d.payday(), d.claimEmploymentAllowance(), d.hmrcQuarterly(), d.pensionScheme(),
                d.pensionEmployeeRate(), d.pensionEmployerRate(), relief, d.pensionDueDay());
        return PayRunAssembler.assemble(new PayRunAssembler.Input(rates, PayrollCalendar.taxPeriod(PayFrequency.MONTHLY, payDate), payDate, june,
                enrolled(), day -> TERMS, new BankHolidays(Map.of()), List.of(sheet), List.of(), List.of(), previous,
                EmploymentAllowance.unused(rates), settings, StaffFixtures.minimumWages(), false, LOADER::forYear, events)).orElseThrow().line();
    }

    @ParameterizedTest(name = "{0}: taxable pay {1}, NI-able {2}")
    @CsvSource({
            // relief | taxable pay for PAYE | gross for NI | employee NI | pension YTD after (previous 25.12 − 25.12 refund) | employer YTD
            "NET_PAY_ARRANGEMENT, 1279.12, 1254.00, 16.48, 0.00, 0.00",
            "RELIEF_AT_SOURCE,    1254.00, 1254.00, 16.48, 0.00, 0.00",
    })
    void aRefundUnderANetPayArrangementIsTaxablePayButNotNiAble(AutoEnrolment.TaxRelief relief, String taxable, String niable, String ni,
            String pensionYtd, String employerYtd) {
        YearToDate may = new YearToDate(Money.parse("1254.00"), Money.parse("1254.00"), Money.ZERO, Money.parse("16.48"), Money.ZERO,
                Money.parse("25.12"), Money.parse("23.55"), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, Money.ZERO);
        PayRunLine line = june(relief, may);
        assertEquals(Money.parse(taxable), line.taxablePay(), line.explanation("pensionRefund"));
        assertEquals(Money.parse(niable), line.gross());
        assertEquals(Money.parse(ni), line.employeeNi());
        assertEquals(Money.parse(pensionYtd), line.yearToDate().pensionFromPay());
        assertEquals(Money.parse(employerYtd), line.yearToDate().pensionEmployer());
        assertTrue(line.warnings().stream().noneMatch(w -> w.contains("refund")), line.warnings().toString());
        boolean netPay = relief == AutoEnrolment.TaxRelief.NET_PAY_ARRANGEMENT;
        assertEquals(netPay, line.explanation("pensionRefund").contains("added to taxable pay"), line.explanation("pensionRefund"));
        assertEquals(netPay, line.explanation("pensionAssessment").contains("taxable pay in this run"), line.explanation("pensionAssessment"));
    }

    @ParameterizedTest(name = "{0}, {1} taxable before: tax this month {2}")
    @CsvSource({
            // Month 3, 1257L: free pay to date £3,144.75 (£1,048.25 a month); what is left is rounded down to the pound, at 20%.
            // NPA: 5,000.00 + 1,254.00 + 25.12 refund = 6,279.12 − 3,144.75 = 3,134.37 -> 3,134 × 20% = 626.80
            "NET_PAY_ARRANGEMENT, 5000.00, 626.80",
            // RAS: 5,000.00 + 1,254.00 = 6,254.00 − 3,144.75 = 3,109.25 -> 3,109 × 20% = 621.80: £5.00 less, 20% of the £25 more taxed
            "RELIEF_AT_SOURCE,    5000.00, 621.80",
            // NPA: 2,000.00 + 1,279.12 = 3,279.12 − 3,144.75 = 134.37 -> 134 × 20% = 26.80
            "NET_PAY_ARRANGEMENT, 2000.00, 26.80",
    })
    void theRefundIsTaxedCumulatively(AutoEnrolment.TaxRelief relief, String previousTaxable, String taxThisMonth) {
        YearToDate before = new YearToDate(Money.parse(previousTaxable), Money.parse(previousTaxable), Money.ZERO, Money.ZERO, Money.ZERO,
                Money.parse("25.12"), Money.parse("23.55"), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, Money.ZERO);
        PayRunLine line = june(relief, before);
        assertEquals(Money.parse(taxThisMonth), line.tax(), line.explanation("tax"));
        assertEquals(Money.parse(taxThisMonth), line.yearToDate().tax());
    }

    @ParameterizedTest(name = "FPS under {0}: contributions in period {1}")
    @CsvSource({"NET_PAY_ARRANGEMENT, -25.12, 0.00", "RELIEF_AT_SOURCE, 0.00, -25.12"})
    void theFpsReportsTheRefundAsANegativeContribution(AutoEnrolment.TaxRelief relief, String netPayBox, String reliefAtSourceBox) {
        PayRunLine line = june(relief, YearToDate.NONE);
        PayRun run = new PayRun(1, TaxYear.containing(LocalDate.of(2026, 6, 26)), PayrollCalendar.taxPeriod(PayFrequency.MONTHLY,
                LocalDate.of(2026, 6, 26)), new DateRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)), LocalDate.of(2026, 6, 26),
                PayRun.Status.DRAFT, "", List.of(line));
        Map<String, String> items = new java.util.HashMap<>();
        FpsFigures.of(run, line).forEach(i -> items.putIfAbsent(i.label(), i.value()));
        assertEquals(netPayBox, items.get("Employee pension contributions paid under a net pay arrangement"));
        assertEquals(reliefAtSourceBox, items.get("Employee pension contributions not paid under a net pay arrangement"));
    }

    @org.junit.jupiter.api.Test
    void theP60PensionFigureNetsOffTheRefund() {
        PayRunLine contributing = june(AutoEnrolment.TaxRelief.NET_PAY_ARRANGEMENT, YearToDate.NONE, PensionEvents.NONE);
        PayRunLine refunded = june(AutoEnrolment.TaxRelief.NET_PAY_ARRANGEMENT, contributing.yearToDate(), new PensionEvents(
                LocalDate.of(2026, 5, 28), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10), contributing.pensionFromPay(),
                contributing.pensionEmployer(), null, null));
        assertTrue(contributing.pensionFromPay().isPositive());
        assertEquals(Money.ZERO, refunded.yearToDate().pensionEmployer());
        var may = PayrollCalendar.taxPeriod(PayFrequency.MONTHLY, LocalDate.of(2026, 5, 28));
        var june = PayrollCalendar.taxPeriod(PayFrequency.MONTHLY, LocalDate.of(2026, 6, 26));
        YearEnd.P60 p60 = YearEnd.p60("Ann Employer", TaxYear.containing(LocalDate.of(2026, 6, 26)), List.of(
                new YearEnd.Paid(LocalDate.of(2026, 5, 28), may, contributing), new YearEnd.Paid(LocalDate.of(2026, 6, 26), june, refunded)));
        assertEquals(Money.ZERO, p60.pensionFromPay());
        assertEquals(contributing.taxablePay().plus(refunded.taxablePay()), p60.payThisEmployment());
    }
}

package uk.supportbudget.domain.payrun;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payroll.NiCategory;

/**
 * The figures of a Full Payment Submission for one PA in one run, for the person to key into HMRC's Basic
 * PAYE Tools. Support Budget does not send anything to HMRC: the person keys these in.
 *
 * <p>Order. We could not find Basic PAYE Tools' own pay screens field by field: HMRC's "How to use Basic
 * PAYE Tools" guide (gov.uk, updated 14 May 2025, and its 2014 and 2016 PDF editions) describes the steps
 * (add employee payment, send the FPS) but not each box. So the items follow the RTI Full Payment
 * Submission data items in the order HMRC's schema gives them, as sample FPS messages and payroll
 * libraries built on the schema show (for example craigfrancis/hmrc-rti's FPS sample and the
 * FpsEmployeePayment model in SynergiTech/staffology-php): the Payment group (PayFreq, PmtDate,
 * MonthNo/WeekNo, PeriodsCovered, HoursWorked, TaxCode with its non-cumulative basis, TaxablePay,
 * EmpeePenContribnsPaid, EmpeePenContribnsNotPaid, StudentLoanRecovered, PostgradLoanRecovered,
 * TaxDeductedOrRefunded, then the statutory payments year to date), then NIlettersAndValues (NIletter,
 * GrossEarningsForNICsInPd, GrossEarningsForNICsYTD, AtLELYTD, LELtoPTYTD, PTtoUELYTD, TotalEmpNICInPd,
 * TotalEmpNICYTD, EmpeeContribnsInPd, EmpeeContribnsYTD). The schema puts FiguresToDate (TaxablePay,
 * TotalTax, StudentLoansTD, PostgradLoansTD, EmpeePenContribnsPaidYTD, EmpeePenContribnsNotPaidYTD)
 * before Payment; it is listed last here, as the check figures after the period's own. Labels give each
 * data item's meaning in plain words close to HMRC's own descriptions.
 *
 * <p>National Insurance by letter. The FPS has one NIlettersAndValues block for each NI category letter
 * used in the tax year, each with its own year-to-date figures: a PA who turned 21 and moved from M to A
 * has an M block and an A block, and letters from the old payroll's figures count too. This run's letter
 * comes first, with the period's figures; every other letter follows in letter order with nothing in this
 * period. Gross earnings for NICs year to date stays one total, in the first block: the figures brought in
 * from the old payroll hold gross pay for the year, not gross pay per letter, so it cannot be split.
 */
public final class FpsFigures {

    public static final String NOTICE = "Support Budget does not send anything to HMRC: key these into Basic PAYE Tools on or before payday.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FpsFigures() {
    }

    /** One box to fill in: its section, its label, and the value to type. */
    public record Item(String section, String label, String value) {
    }

    /**
     * The boxes when the NI figures before this run are not known by letter: the year so far is taken to be
     * all under this run's letter. Use {@link #of(PayRun, PayRunLine, List)} where a letter may have changed.
     */
    public static List<Item> of(PayRun run, PayRunLine line) {
        YearToDate before = line.previous();
        return of(run, line, List.of(new YearEnd.NiByCategory(line.niCategory(), before.earningsAtLel(), before.lelToPt(), before.ptToUel(),
                before.employeeNi(), before.employerNi())));
    }

    /**
     * The boxes, with one NI block per category letter of the year.
     *
     * @param niBefore this employment's NI by letter before this run: the old payroll's figures and earlier runs in the tax year
     */
    public static List<Item> of(PayRun run, PayRunLine line, List<YearEnd.NiByCategory> niBefore) {
        List<Item> items = new ArrayList<>();
        // Taxable pay differs from gross only under a net pay arrangement: less the contributions taken before tax, or more
        // when contributions are refunded after an opt-out. A refund is reported as a negative contribution, so the
        // year's figures count only what stays in the scheme.
        boolean netPay = line.taxablePay().compareTo(line.gross()) != 0;
        Money contributions = line.thisPeriod().pensionFromPay();
        YearToDate ytd = line.yearToDate();

        String payment = "Payment";
        items.add(new Item(payment, "Employee", line.employeeName()));
        items.add(new Item(payment, "National Insurance number", line.niNumber().isEmpty() ? "not given yet" : spaced(line.niNumber())));
        items.add(new Item(payment, "Pay frequency", run.taxPeriod().frequency().cliName()));
        items.add(new Item(payment, "Payment date", run.payDate().format(DAY)));
        items.add(new Item(payment, run.taxPeriod().frequency() == uk.supportbudget.domain.money.PayFrequency.MONTHLY ? "Tax month" : "Tax week",
                Integer.toString(run.taxPeriod().taxWeekOrMonth())));
        items.add(new Item(payment, "Number of earnings periods covered", "1"));
        items.add(new Item(payment, "Hours normally worked", line.hoursBand()));
        items.add(new Item(payment, "Tax code", line.taxCode().code()));
        items.add(new Item(payment, "Tax basis", line.taxCode().nonCumulative() ? "Week 1 / Month 1" : "Cumulative"));

        String pay = "Pay and deductions in this pay period";
        items.add(new Item(pay, "Taxable pay in this pay period", plain(line.taxablePay())));
        items.add(new Item(pay, "Employee pension contributions paid under a net pay arrangement", plain(netPay ? contributions : Money.ZERO)));
        items.add(new Item(pay, "Employee pension contributions not paid under a net pay arrangement",
                plain(netPay ? Money.ZERO : contributions)));
        items.add(new Item(pay, "Student loan deductions", plain(line.studentLoan())));
        items.add(new Item(pay, "Postgraduate loan deductions", plain(line.postgraduateLoan())));
        items.add(new Item(pay, "Tax deducted or refunded in this pay period", plain(line.tax())));
        // The FPS reports maternity, paternity, adoption, shared parental, bereavement and neonatal care pay
        // year to date; Statutory Sick Pay has no box of its own (it is part of the pay above).
        items.add(new Item(pay, "Statutory parental pay year to date (SMP, SPP, SAP, ShPP, SPBP, SNCP)",
                plain(Money.ZERO)));
        if (line.sickPay().isPositive()) {
            items.add(new Item(pay, "Statutory Sick Pay in this period (in the taxable pay above)", plain(line.sickPay())));
        }

        Map<NiCategory, YearEnd.NiByCategory> byLetter = niYearToDate(line, niBefore);
        boolean several = byLetter.size() > 1;
        for (YearEnd.NiByCategory letter : byLetter.values()) {
            boolean thisRun = letter.category() == line.niCategory();
            String ni = !several ? "National Insurance"
                    : "National Insurance, category " + letter.category() + (thisRun ? " (this pay period)" : " (earlier in the year)");
            items.add(new Item(ni, "NI category letter", letter.category().name()));
            items.add(new Item(ni, "Gross earnings for NICs in this period", plain(thisRun ? line.gross() : Money.ZERO)));
            if (thisRun) {
                items.add(new Item(ni, several ? "Gross earnings for NICs year to date (all letters)" : "Gross earnings for NICs year to date",
                        plain(ytd.gross())));
            }
            items.add(new Item(ni, "Earnings at the Lower Earnings Limit (LEL) year to date", plain(letter.earningsAtLel())));
            items.add(new Item(ni, "Earnings above the LEL up to the Primary Threshold (PT) year to date", plain(letter.lelToPt())));
            items.add(new Item(ni, "Earnings above the PT up to the Upper Earnings Limit (UEL) year to date", plain(letter.ptToUel())));
            items.add(new Item(ni, "Employer NICs in this period", plain(thisRun ? line.employerNi() : Money.ZERO)));
            items.add(new Item(ni, "Employer NICs year to date", plain(letter.employerNi())));
            items.add(new Item(ni, "Employee NICs in this period", plain(thisRun ? line.employeeNi() : Money.ZERO)));
            items.add(new Item(ni, "Employee NICs year to date", plain(letter.employeeNi())));
        }

        String year = "Year to date";
        items.add(new Item(year, "Taxable pay to date in this employment", plain(ytd.taxablePay())));
        items.add(new Item(year, "Total tax to date in this employment", plain(ytd.tax())));
        items.add(new Item(year, "Student loan deductions year to date", plain(ytd.studentLoan())));
        items.add(new Item(year, "Postgraduate loan deductions year to date", plain(ytd.postgraduateLoan())));
        items.add(new Item(year, "Employee pension contributions paid under a net pay arrangement year to date",
                plain(netPay ? ytd.pensionFromPay() : Money.ZERO)));
        items.add(new Item(year, "Employee pension contributions not paid under a net pay arrangement year to date",
                plain(netPay ? Money.ZERO : ytd.pensionFromPay())));
        return items;
    }

    /** The year's NI by letter after this run: this run's letter first, then the others in letter order. */
    static Map<NiCategory, YearEnd.NiByCategory> niYearToDate(PayRunLine line, List<YearEnd.NiByCategory> niBefore) {
        Map<NiCategory, YearEnd.NiByCategory> byLetter = new LinkedHashMap<>();
        byLetter.put(line.niCategory(), new YearEnd.NiByCategory(line.niCategory(), line.earningsAtLel(), line.lelToPt(), line.ptToUel(),
                line.employeeNi(), line.employerNi()));
        niBefore.stream().sorted(Comparator.comparing(YearEnd.NiByCategory::category))
                .forEach(before -> byLetter.merge(before.category(), before, FpsFigures::plus));
        return byLetter;
    }

    private static YearEnd.NiByCategory plus(YearEnd.NiByCategory a, YearEnd.NiByCategory b) {
        return new YearEnd.NiByCategory(a.category(), a.earningsAtLel().plus(b.earningsAtLel()), a.lelToPt().plus(b.lelToPt()),
                a.ptToUel().plus(b.ptToUel()), a.employeeNi().plus(b.employeeNi()), a.employerNi().plus(b.employerNi()));
    }

    private static String spaced(String niNumber) {
        try {
            return uk.supportbudget.domain.staff.NiNumber.parse(niNumber).display();
        } catch (uk.supportbudget.domain.Refusal notValid) {
            return niNumber;
        }
    }

    private static String plain(Money money) {
        return money.plain();
    }
}

package uk.supportbudget.domain.payrun;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import uk.supportbudget.domain.money.Money;

/**
 * The figures of a Full Payment Submission for one PA in one run, in the order HMRC's Basic PAYE Tools
 * asks for them when adding an employee payment: the payment, the pay and tax, the loans and pension,
 * then National Insurance, then the year to date. Support Budget does not send anything to HMRC: the
 * person keys these in.
 */
public final class FpsFigures {

    public static final String NOTICE = "Support Budget does not send anything to HMRC: key these into Basic PAYE Tools on or before payday.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FpsFigures() {
    }

    /** One box to fill in: its section, its label as Basic PAYE Tools words it, and the value to type. */
    public record Item(String section, String label, String value) {
    }

    public static List<Item> of(PayRun run, PayRunLine line) {
        List<Item> items = new ArrayList<>();
        String payment = "Payment";
        items.add(new Item(payment, "Employee", line.employeeName()));
        items.add(new Item(payment, "National Insurance number", line.niNumber().isEmpty() ? "not given yet" : spaced(line.niNumber())));
        items.add(new Item(payment, "Payment date", run.payDate().format(DAY)));
        items.add(new Item(payment, "Pay frequency", run.taxPeriod().frequency().cliName()));
        items.add(new Item(payment, run.taxPeriod().frequency() == uk.supportbudget.domain.money.PayFrequency.MONTHLY ? "Tax month" : "Tax week",
                Integer.toString(run.taxPeriod().taxWeekOrMonth())));
        items.add(new Item(payment, "Hours normally worked", line.hoursBand()));
        String pay = "Pay and tax";
        items.add(new Item(pay, "Tax code", line.taxCode().code()));
        items.add(new Item(pay, "Tax basis", line.taxCode().nonCumulative() ? "Week 1 / Month 1" : "Cumulative"));
        items.add(new Item(pay, "Taxable pay in this pay period", plain(line.taxablePay())));
        items.add(new Item(pay, "Tax deducted or refunded in this pay period", plain(line.tax())));
        items.add(new Item(pay, "Student loan deductions", plain(line.studentLoan())));
        items.add(new Item(pay, "Postgraduate loan deductions", plain(line.postgraduateLoan())));
        // Taxable pay differs from gross only under a net pay arrangement: less the contributions taken before tax, or more
        // when contributions are refunded after an opt-out. A refund is reported as a negative contribution, so the
        // year's figures count only what stays in the scheme.
        boolean netPay = line.taxablePay().compareTo(line.gross()) != 0;
        Money contributions = line.thisPeriod().pensionFromPay();
        items.add(new Item(pay, "Employee pension contributions paid under a net pay arrangement", plain(netPay ? contributions : Money.ZERO)));
        items.add(new Item(pay, "Employee pension contributions not paid under a net pay arrangement",
                plain(netPay ? Money.ZERO : contributions)));
        String ni = "National Insurance";
        items.add(new Item(ni, "NI category letter", line.niCategory().name()));
        items.add(new Item(ni, "Gross earnings for NICs in this period", plain(line.gross())));
        items.add(new Item(ni, "Earnings at the Lower Earnings Limit (LEL)", plain(line.earningsAtLel())));
        items.add(new Item(ni, "Earnings above the LEL up to the Primary Threshold (PT)", plain(line.lelToPt())));
        items.add(new Item(ni, "Earnings above the PT up to the Upper Earnings Limit (UEL)", plain(line.ptToUel())));
        items.add(new Item(ni, "Employee NICs in this period", plain(line.employeeNi())));
        items.add(new Item(ni, "Employer NICs in this period", plain(line.employerNi())));
        YearToDate ytd = line.yearToDate();
        String year = "Year to date";
        items.add(new Item(year, "Taxable pay to date in this employment", plain(ytd.taxablePay())));
        items.add(new Item(year, "Total tax to date in this employment", plain(ytd.tax())));
        items.add(new Item(year, "Student loan deductions year to date", plain(ytd.studentLoan())));
        items.add(new Item(year, "Postgraduate loan deductions year to date", plain(ytd.postgraduateLoan())));
        items.add(new Item(year, "Gross earnings for NICs year to date", plain(ytd.gross())));
        items.add(new Item(year, "Earnings at the LEL year to date", plain(ytd.earningsAtLel())));
        items.add(new Item(year, "Earnings above the LEL up to the PT year to date", plain(ytd.lelToPt())));
        items.add(new Item(year, "Earnings above the PT up to the UEL year to date", plain(ytd.ptToUel())));
        items.add(new Item(year, "Employee NICs year to date", plain(ytd.employeeNi())));
        items.add(new Item(year, "Employer NICs year to date", plain(ytd.employerNi())));
        return items;
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

package uk.supportbudget.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payrun.PayElement;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.payrun.PayRunLine;
import uk.supportbudget.domain.payrun.YearToDate;
import uk.supportbudget.domain.rota.ShiftPay;
import uk.supportbudget.domain.staff.NiNumber;

/**
 * Payslips on A4, one page per PA: the employer (the person, as an employer of personal assistants),
 * the PA, the period, tax code and NI category; each line of pay with its hours and rate where pay
 * varies with time worked (the itemised payslip rules); gross pay, each deduction and net pay; the year
 * to date; the employer's NI and pension for information; and how each figure was worked out.
 * The NI number is shown with its middle hidden, enough for the PA to recognise it.
 */
public final class PayslipPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final float LINE = 15;
    private static final float MARGIN = PdfPages.MARGIN;
    private static final float RIGHT = PdfPages.RIGHT;
    private static final float HOURS = 330;
    private static final float RATE = 420;

    private PayslipPdf() {
    }

    /** One page per line of the run, in the order given. */
    public static byte[] render(String employer, PayRun run, List<PayRunLine> lines, String pensionScheme) {
        if (lines.isEmpty()) {
            throw new Refusal("There are no payslips in this run yet; calculate it first.");
        }
        try (PdfPages pages = new PdfPages()) {
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    pages.newPage();
                }
                page(pages, employer, run, lines.get(i), pensionScheme);
            }
            return pages.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the payslip PDF", e);
        }
    }

    private static void page(PdfPages p, String employer, PayRun run, PayRunLine line, String pensionScheme) throws IOException {
        p.text(p.bold, 18, MARGIN, "Payslip");
        p.textRight(p.bold, 12, RIGHT, run.title());
        p.down(LINE * 1.8f);
        p.text(p.regular, 10, MARGIN, "Employer: " + employer + ", employer of personal assistants");
        p.down(LINE);
        p.text(p.bold, 11, MARGIN, "Employee: " + line.employeeName());
        p.textRight(p.regular, 10, RIGHT, "NI number: " + maskedNi(line.niNumber()));
        p.down(LINE);
        p.text(p.regular, 10, MARGIN, "Work period: " + run.workPeriod().display());
        p.textRight(p.regular, 10, RIGHT, "Paid on " + run.payDate().format(DAY));
        p.down(LINE);
        p.text(p.regular, 10, MARGIN, "Tax code: " + line.taxCode().code() + (line.taxCode().nonCumulative() ? " (week 1 / month 1)" : "")
                + "     NI category: " + line.niCategory().name() + "     Pay: " + run.taxPeriod().frequency().cliName());
        p.down(LINE * 1.4f);

        heading(p, "Pay");
        p.textRight(p.bold, 9, HOURS, "Hours");
        p.textRight(p.bold, 9, RATE, "Rate");
        p.textRight(p.bold, 9, RIGHT, "Amount");
        p.down(LINE);
        for (PayElement element : line.elements()) {
            p.text(p.regular, 10, MARGIN, element.description());
            if (element.minutes() > 0) {
                p.textRight(p.regular, 10, HOURS, ShiftPay.hours(element.minutes()));
            } else if (element.count() > 0) {
                p.textRight(p.regular, 10, HOURS, element.count() + (element.kind() == PayElement.Kind.SICK_PAY ? " days" : " ×"));
            }
            if (element.rate() != null) {
                p.textRight(p.regular, 10, RATE, element.rate().display() + (element.kind() == PayElement.Kind.SICK_PAY ? "/wk" : ""));
            }
            p.textRight(p.regular, 10, RIGHT, element.amount().display());
            p.down(LINE);
        }
        p.text(p.bold, 10, MARGIN, "Gross pay");
        p.textRight(p.bold, 10, RIGHT, line.gross().display());
        p.down(LINE * 1.4f);

        heading(p, "Deductions");
        p.down(LINE);
        Money total = Money.ZERO;
        for (Map.Entry<String, Money> deduction : deductions(line, pensionScheme).entrySet()) {
            p.text(p.regular, 10, MARGIN, deduction.getKey());
            p.textRight(p.regular, 10, RIGHT, deduction.getValue().display());
            total = total.plus(deduction.getValue());
            p.down(LINE);
        }
        p.text(p.bold, 10, MARGIN, "Total deductions");
        p.textRight(p.bold, 10, RIGHT, total.display());
        p.down(LINE * 1.6f);
        p.rule();
        p.down(LINE * 1.3f);
        p.text(p.bold, 14, MARGIN, "Net pay");
        p.textRight(p.bold, 14, RIGHT, line.net().display());
        p.down(LINE * 0.8f);
        p.rule();
        p.down(LINE * 1.6f);

        YearToDate ytd = line.yearToDate();
        heading(p, "Year to date, " + run.taxYear());
        p.down(LINE);
        String[][] year = {{"Gross pay", ytd.gross().display()}, {"Taxable pay", ytd.taxablePay().display()}, {"Income tax", ytd.tax().display()},
                {"National Insurance", ytd.employeeNi().display()}, {"Pension", ytd.pensionFromPay().display()},
                {"Student loans", ytd.studentLoan().plus(ytd.postgraduateLoan()).display()}};
        for (int i = 0; i < year.length; i += 2) {
            p.text(p.regular, 10, MARGIN, year[i][0]);
            p.textRight(p.regular, 10, 250, year[i][1]);
            p.text(p.regular, 10, 300, year[i + 1][0]);
            p.textRight(p.regular, 10, RIGHT, year[i + 1][1]);
            p.down(LINE);
        }
        p.down(LINE * 0.4f);
        heading(p, "Paid by your employer on top of your pay (for information)");
        p.down(LINE);
        p.text(p.regular, 10, MARGIN, "Employer's National Insurance" + (line.employmentAllowance().isPositive()
                ? " (" + line.employmentAllowance().display() + " of it met by the Employment Allowance)" : ""));
        p.textRight(p.regular, 10, RIGHT, line.employerNi().display());
        p.down(LINE);
        p.text(p.regular, 10, MARGIN, "Employer's pension contribution" + (line.pensionEmployer().isPositive() ? " to " + pensionScheme : ""));
        p.textRight(p.regular, 10, RIGHT, line.pensionEmployer().display());
        p.down(LINE * 1.6f);

        heading(p, "How these figures were worked out");
        p.down(LINE);
        for (Map.Entry<String, String> note : line.explanations().entrySet()) {
            if (note.getKey().equals("gross") || note.getKey().equals("yearToDate")) {
                continue;
            }
            p.wrapped(p.regular, 8, MARGIN, RIGHT, 10.5f, note.getValue());
            p.down(12);
        }
        for (String warning : line.warnings()) {
            p.wrapped(p.bold, 8, MARGIN, RIGHT, 10.5f, warning);
            p.down(12);
        }
    }

    /** The deductions on the payslip, by name, leaving out those that do not apply. */
    static Map<String, Money> deductions(PayRunLine line, String pensionScheme) {
        Map<String, Money> deductions = new java.util.LinkedHashMap<>();
        deductions.put(line.tax().isNegative() ? "Income tax (refund)" : "Income tax", line.tax());
        deductions.put("National Insurance", line.employeeNi());
        if (line.pensionEmployee().isPositive() || line.pensionFromPay().isPositive()) {
            deductions.put("Pension (" + pensionScheme + ")" + (line.taxablePay().compareTo(line.gross()) < 0 ? ", before tax" : ", tax relief added by the scheme"),
                    line.pensionFromPay());
        }
        if (line.studentLoan().isPositive() || line.explanations().keySet().stream().anyMatch(k -> k.startsWith("studentLoan.plan"))) {
            deductions.put("Student loan", line.studentLoan());
        }
        if (line.postgraduateLoan().isPositive() || line.explanations().containsKey("studentLoan.postgraduate")) {
            deductions.put("Postgraduate loan", line.postgraduateLoan());
        }
        if (line.pensionRefund().employee().isPositive()) {
            // Handed back after a valid opt-out: shown as a negative deduction, so gross less deductions is still net pay.
            deductions.put("Pension contributions refunded (opted out)", line.pensionRefund().employee().negate());
        }
        return deductions;
    }

    static String maskedNi(String niNumber) {
        if (niNumber == null || niNumber.isBlank()) {
            return "not given yet";
        }
        try {
            return NiNumber.parse(niNumber).masked();
        } catch (Refusal notValid) {
            return "not valid";
        }
    }

    private static void heading(PdfPages p, String text) throws IOException {
        p.pageBreakIfNeeded(LINE * 4);
        p.text(p.bold, 11, MARGIN, text);
    }
}

package uk.supportbudget.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payrun.FpsFigures;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.payrun.PayRunLine;
import uk.supportbudget.domain.payrun.PayrollLiability;

/**
 * A pay run on paper: each PA's pay and deductions with totals, what must be paid to whom and by when,
 * and the figures for HMRC's Full Payment Submission in the order of the FPS's own data items (see FpsFigures).
 */
public final class PayrollSummaryPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final float LINE = 14;
    private static final float MARGIN = PdfPages.MARGIN;
    private static final float RIGHT = PdfPages.RIGHT;

    /** Column headings and the figure each shows. */
    private record Column(String heading, Function<PayRunLine, Money> figure) {
    }

    private static final List<Column> COLUMNS = List.of(new Column("Gross", PayRunLine::gross), new Column("Tax", PayRunLine::tax),
            new Column("NI", PayRunLine::employeeNi), new Column("Loans", l -> l.studentLoan().plus(l.postgraduateLoan())),
            new Column("Pension", PayRunLine::pensionFromPay), new Column("Net pay", PayRunLine::net),
            new Column("Employer\nNI due", PayRunLine::employerNiDue), new Column("Employer\npension", PayRunLine::pensionEmployer));

    private PayrollSummaryPdf() {
    }

    public static byte[] render(String employer, PayRun run, List<PayrollLiability> owed) {
        return render(employer, run, owed, null);
    }

    /**
     * @param niBefore each PA's NI by category letter before the run, for the FPS's block per letter; {@code null} when not
     *            known, and then the year so far is shown under the run's letter
     */
    public static byte[] render(String employer, PayRun run, List<PayrollLiability> owed,
            java.util.Map<Long, List<uk.supportbudget.domain.payrun.YearEnd.NiByCategory>> niBefore) {
        try (PdfPages p = new PdfPages()) {
            p.text(p.bold, 16, MARGIN, "Payroll summary");
            p.textRight(p.bold, 11, RIGHT, run.title());
            p.down(LINE * 1.6f);
            p.text(p.regular, 10, MARGIN, "Employer: " + employer + ", employer of personal assistants");
            p.down(LINE);
            p.text(p.regular, 10, MARGIN, "Work period " + run.workPeriod().display() + "; " + (run.finalised()
                    ? "finalised: these figures are frozen." : "DRAFT: these figures may still change."));
            p.down(LINE * 1.6f);
            float first = 170;
            float width = (RIGHT - first) / COLUMNS.size();
            for (int row = 0; row < 2; row++) {
                if (row == 1) {
                    p.text(p.bold, 8, MARGIN, "Personal assistant");
                }
                for (int i = 0; i < COLUMNS.size(); i++) {
                    String[] heading = COLUMNS.get(i).heading().split("\n");
                    int shift = 2 - heading.length;
                    if (row - shift >= 0) {
                        p.textRight(p.bold, 8, first + width * (i + 1), heading[row - shift]);
                    }
                }
                p.down(LINE * 0.8f);
            }
            p.down(LINE * 0.3f);
            for (PayRunLine line : run.lines()) {
                p.pageBreakIfNeeded(LINE * 2);
                p.text(p.regular, 8, MARGIN, line.employeeName());
                for (int i = 0; i < COLUMNS.size(); i++) {
                    p.textRight(p.regular, 8, first + width * (i + 1), COLUMNS.get(i).figure().apply(line).plain());
                }
                p.down(LINE);
            }
            p.rule();
            p.down(LINE);
            p.text(p.bold, 8, MARGIN, "Total");
            for (int i = 0; i < COLUMNS.size(); i++) {
                p.textRight(p.bold, 8, first + width * (i + 1), run.total(COLUMNS.get(i).figure()).plain());
            }
            p.down(LINE * 1.4f);
            Money allowance = run.total(PayRunLine::employmentAllowance);
            if (allowance.isPositive()) {
                p.wrapped(p.regular, 9, MARGIN, RIGHT, 12, "The Employment Allowance met " + allowance.display()
                        + " of the employer's NI in this run (claim it once a year on an Employer Payment Summary in Basic PAYE Tools).");
                p.down(LINE * 1.4f);
            }

            p.text(p.bold, 12, MARGIN, "What to pay, and by when");
            p.down(LINE * 1.2f);
            if (owed.isEmpty()) {
                p.text(p.regular, 10, MARGIN, "Nothing yet: payments are worked out when the run is finalised.");
                p.down(LINE);
            }
            for (PayrollLiability liability : owed) {
                p.pageBreakIfNeeded(LINE * 2);
                p.text(p.regular, 10, MARGIN, liability.kind() == PayrollLiability.Kind.HMRC ? liability.kind().label()
                        : liability.kind().label() + ": " + liability.payee());
                p.text(p.regular, 10, 330, (liability.paid() ? "paid " + liability.paidOn().format(DAY) : "due " + liability.dueOn().format(DAY)));
                p.textRight(p.regular, 10, RIGHT, liability.amount().display());
                p.down(LINE);
            }
            p.down(LINE);
            p.pageBreakIfNeeded(LINE * 6);
            p.text(p.bold, 12, MARGIN, "Full Payment Submission figures");
            p.down(LINE * 1.2f);
            p.wrapped(p.bold, 9, MARGIN, RIGHT, 12, FpsFigures.NOTICE);
            p.down(LINE * 1.4f);
            for (PayRunLine line : run.lines()) {
                String section = "";
                List<FpsFigures.Item> fps = niBefore == null ? FpsFigures.of(run, line)
                        : FpsFigures.of(run, line, niBefore.getOrDefault(line.employeeId(), List.of()));
                for (FpsFigures.Item item : fps) {
                    if (!item.section().equals(section)) {
                        // A section (such as one NI letter's block) starts on a new page rather than leave its heading behind.
                        String starting = item.section();
                        long rows = fps.stream().filter(other -> other.section().equals(starting)).count();
                        p.pageBreakIfNeeded(LINE * (2.3f + 0.9f * rows));
                        section = item.section();
                        p.down(LINE * 0.3f);
                        p.text(p.bold, 9, MARGIN, section);
                        p.down(LINE);
                    }
                    p.pageBreakIfNeeded(LINE);
                    p.text(p.regular, 9, MARGIN + 10, item.label());
                    p.textRight(p.regular, 9, RIGHT, item.value());
                    p.down(LINE * 0.9f);
                }
                p.down(LINE);
            }
            return p.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the payroll summary PDF", e);
        }
    }
}

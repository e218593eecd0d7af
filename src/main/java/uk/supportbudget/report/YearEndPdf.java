package uk.supportbudget.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payrun.YearEnd;

/**
 * The year-end figures on A4: one page per P60 (give it to each PA employed on 5 April, by 31 May) and
 * per P45 (for a PA who left). These are the figures to copy onto HMRC's forms or into Basic PAYE Tools;
 * they are not the forms themselves.
 */
public final class YearEndPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final float LINE = 15;
    private static final float MARGIN = PdfPages.MARGIN;
    private static final float RIGHT = PdfPages.RIGHT;

    private YearEndPdf() {
    }

    public static byte[] render(List<YearEnd.P60> p60s, List<YearEnd.P45> p45s) {
        if (p60s.isEmpty() && p45s.isEmpty()) {
            throw new Refusal("There are no finalised pay runs in that tax year, so there are no year-end figures yet.");
        }
        try (PdfPages p = new PdfPages()) {
            boolean first = true;
            for (YearEnd.P60 form : p60s) {
                if (!first) {
                    p.newPage();
                }
                first = false;
                title(p, "P60 figures, tax year " + form.taxYear(), form.employer(), form.employeeName(), form.niNumber());
                row(p, "Final tax code", form.finalTaxCode().code());
                row(p, "Pay in previous employments (from the P45)", form.previousPay().display());
                row(p, "Tax in previous employments", form.previousTax().display());
                row(p, "Pay in this employment", form.payThisEmployment().display());
                row(p, "Tax in this employment", form.taxThisEmployment().display());
                row(p, "Total pay for the year", form.totalPay().display());
                row(p, "Total tax for the year", form.totalTax().display());
                p.down(LINE * 0.6f);
                p.text(p.bold, 10, MARGIN, "National Insurance in this employment");
                p.down(LINE);
                for (YearEnd.NiByCategory ni : form.ni()) {
                    row(p, "Category " + ni.category().name() + ": earnings at the LEL", ni.earningsAtLel().display());
                    row(p, "Category " + ni.category().name() + ": above the LEL up to the PT", ni.lelToPt().display());
                    row(p, "Category " + ni.category().name() + ": above the PT up to the UEL", ni.ptToUel().display());
                    row(p, "Category " + ni.category().name() + ": employee's contributions above the PT", ni.employeeNi().display());
                }
                p.down(LINE * 0.6f);
                row(p, "Student loan deductions", form.studentLoan().display());
                row(p, "Postgraduate loan deductions", form.postgraduateLoan().display());
                row(p, "Statutory Sick Pay (included in pay)", form.sickPay().display());
                footnote(p, "Give each PA employed on the last day of the tax year a P60 by 31 May. These figures come from the finalised pay runs.");
            }
            for (YearEnd.P45 form : p45s) {
                if (!first) {
                    p.newPage();
                }
                first = false;
                title(p, "P45 figures: " + form.employeeName() + " left on " + form.leavingDate().format(DAY), form.employer(),
                        form.employeeName(), form.niNumber());
                row(p, "Leaving date", form.leavingDate().format(DAY));
                row(p, "Tax code at leaving", form.taxCodeAtLeaving().code() + (form.taxCodeAtLeaving().nonCumulative() ? " (week 1 / month 1)" : ""));
                row(p, "Last entries made in " + form.lastPeriod().describe(), "");
                row(p, "Total pay to date", orBlank(form.totalPayToDate(), form.taxCodeAtLeaving().nonCumulative()));
                row(p, "Total tax to date", orBlank(form.totalTaxToDate(), form.taxCodeAtLeaving().nonCumulative()));
                row(p, "Pay in this employment", form.payThisEmployment().display());
                row(p, "Tax in this employment", form.taxThisEmployment().display());
                row(p, "Student loan deductions to continue", form.studentLoanContinues() ? "Yes" : "No");
                row(p, "Postgraduate loan deductions to continue", form.postgraduateLoanContinues() ? "Yes" : "No");
                footnote(p, "Report the leaving date on the last Full Payment Submission, and give the PA parts 1A, 2 and 3 of the P45.");
            }
            return p.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the year-end PDF", e);
        }
    }

    private static String orBlank(Money money, boolean weekOneMonthOne) {
        return weekOneMonthOne ? "leave blank (week 1 / month 1 code)" : money.display();
    }

    private static void title(PdfPages p, String title, String employer, String employee, String niNumber) throws IOException {
        p.text(p.bold, 15, MARGIN, title);
        p.down(LINE * 1.6f);
        row(p, "Employer", employer + ", employer of personal assistants");
        row(p, "Employee", employee);
        row(p, "National Insurance number", niNumber.isBlank() ? "not given yet" : niNumber);
        p.down(LINE * 0.6f);
    }

    private static void row(PdfPages p, String label, String value) throws IOException {
        p.text(p.regular, 10, MARGIN, label);
        p.textRight(p.regular, 10, RIGHT, value);
        p.down(LINE);
    }

    private static void footnote(PdfPages p, String text) throws IOException {
        p.down(LINE);
        p.wrapped(p.regular, 8, MARGIN, RIGHT, 10.5f, text);
    }
}

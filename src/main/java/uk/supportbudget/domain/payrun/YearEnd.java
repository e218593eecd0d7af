package uk.supportbudget.domain.payrun;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.PayPeriod;
import uk.supportbudget.domain.payroll.TaxCode;

/**
 * The figures for a PA's P60 (every PA employed on 5 April, by 31 May) and P45 (a PA who leaves, on or
 * soon after their last day), added up from the finalised pay runs of the tax year.
 */
public final class YearEnd {

    private YearEnd() {
    }

    /** One finalised payment to one PA: the run's dates and the PA's line. */
    public record Paid(LocalDate payDate, PayPeriod taxPeriod, PayRunLine line) {
    }

    /** NI for one category letter over the year, as the P60 lists it. */
    public record NiByCategory(NiCategory category, Money earningsAtLel, Money lelToPt, Money ptToUel, Money employeeNi, Money employerNi) {
    }

    public record P60(String employer, String employeeName, String niNumber, TaxYear taxYear, TaxCode finalTaxCode, Money previousPay,
            Money previousTax, Money payThisEmployment, Money taxThisEmployment, Money totalPay, Money totalTax, List<NiByCategory> ni,
            Money studentLoan, Money postgraduateLoan, Money sickPay, Money pensionFromPay) {
    }

    public record P45(String employer, String employeeName, String niNumber, LocalDate leavingDate, TaxCode taxCodeAtLeaving,
            PayPeriod lastPeriod, Money totalPayToDate, Money totalTaxToDate, Money payThisEmployment, Money taxThisEmployment,
            boolean studentLoanContinues, boolean postgraduateLoanContinues) {
    }

    /** P60 figures from one PA's finalised payments in one tax year. */
    public static P60 p60(String employer, TaxYear year, List<Paid> payments) {
        return p60(employer, year, payments, null);
    }

    /**
     * P60 figures from one PA's finalised payments in one tax year, starting from this employment's
     * figures before the first run in Support Budget ({@code opening}, or {@code null} when none).
     */
    public static P60 p60(String employer, TaxYear year, List<Paid> payments, OpeningFigures.ThisEmployment opening) {
        List<Paid> sorted = sorted(year, payments);
        PayRunLine last = sorted.get(sorted.size() - 1).line();
        YearToDate total = sorted.stream().map(p -> p.line().thisPeriod()).reduce(opening(opening), YearToDate::plus);
        Map<NiCategory, NiByCategory> byCategory = new LinkedHashMap<>();
        if (opening != null) {
            byCategory.putAll(opening.niByCategory());
        }
        for (Paid paid : sorted) {
            PayRunLine line = paid.line();
            byCategory.merge(line.niCategory(), new NiByCategory(line.niCategory(), line.earningsAtLel(), line.lelToPt(), line.ptToUel(),
                    line.employeeNi(), line.employerNi()), (a, b) -> new NiByCategory(a.category(), a.earningsAtLel().plus(b.earningsAtLel()),
                            a.lelToPt().plus(b.lelToPt()), a.ptToUel().plus(b.ptToUel()), a.employeeNi().plus(b.employeeNi()),
                            a.employerNi().plus(b.employerNi())));
        }
        PayRunLine.P45Totals p45 = last.p45();
        return new P60(employer, last.employeeName(), last.niNumber(), year, last.taxCode(), p45.pay(), p45.tax(), total.taxablePay(),
                total.tax(), total.taxablePay().plus(p45.pay()), total.tax().plus(p45.tax()), new ArrayList<>(byCategory.values()),
                total.studentLoan(), total.postgraduateLoan(), total.sickPay(), total.pensionFromPay());
    }

    /** P45 figures for a PA leaving on {@code leavingDate}, from their finalised payments in that tax year. */
    public static P45 p45(String employer, LocalDate leavingDate, List<Paid> payments) {
        return p45(employer, leavingDate, payments, null);
    }

    /** As above, starting from this employment's figures before the first run in Support Budget ({@code null} when none). */
    public static P45 p45(String employer, LocalDate leavingDate, List<Paid> payments, OpeningFigures.ThisEmployment opening) {
        TaxYear year = TaxYear.containing(leavingDate);
        List<Paid> sorted = sorted(year, payments);
        Paid last = sorted.get(sorted.size() - 1);
        YearToDate total = sorted.stream().map(p -> p.line().thisPeriod()).reduce(opening(opening), YearToDate::plus);
        PayRunLine line = last.line();
        boolean cumulative = !line.taxCode().nonCumulative();
        PayRunLine.P45Totals p45 = line.p45();
        // Box 7: total pay and tax to date are only given for a cumulative code; they include any earlier P45 brought in.
        return new P45(employer, line.employeeName(), line.niNumber(), leavingDate, line.taxCode(), last.taxPeriod(),
                cumulative ? total.taxablePay().plus(p45.pay()) : Money.ZERO, cumulative ? total.tax().plus(p45.tax()) : Money.ZERO,
                total.taxablePay(), total.tax(), hasPlan(line), line.explanations().containsKey("studentLoan.postgraduate"));
    }

    private static YearToDate opening(OpeningFigures.ThisEmployment opening) {
        return opening == null ? YearToDate.NONE : opening.toYearToDate();
    }

    /** Whether the PA was repaying a plan 1, 2, 4 or 5 student loan: the engine explains every plan it deducts for. */
    private static boolean hasPlan(PayRunLine line) {
        return line.explanations().keySet().stream().anyMatch(k -> k.startsWith("studentLoan.plan"));
    }

    private static List<Paid> sorted(TaxYear year, List<Paid> payments) {
        List<Paid> inYear = payments.stream().filter(p -> TaxYear.containing(p.payDate()).equals(year))
                .sorted(Comparator.comparing(Paid::payDate)).toList();
        if (inYear.isEmpty()) {
            throw new Refusal("There are no finalised pay runs for this PA in " + year + ", so there are no figures for the form yet.");
        }
        long employees = inYear.stream().map(p -> p.line().employeeId()).distinct().count();
        if (employees != 1) {
            throw new IllegalArgumentException("Year-end figures are for one PA at a time");
        }
        return inYear;
    }
}

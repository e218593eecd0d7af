package uk.supportbudget.domain.returns;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.List;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.plan.PlanYear;

/**
 * How long records must be kept, and so from which date older ones may be archived.
 *
 * <ul>
 *   <li>The council: {@code councilYears} (the profile's {@code retentionYears}) after the end of
 *       the plan year a record belongs to; a date outside every plan year counts by the UK
 *       financial year (1 April to 31 March) it falls in.</li>
 *   <li>HMRC: payroll records (timesheets, shifts, absences, and wage, PAYE and pension payments)
 *       for 3 years after the end of the tax year (5 April) they relate to.</li>
 * </ul>
 *
 * A record dated before a cut-off is past every period that applies to it; a record on or after
 * it must be kept. Nothing here deletes anything: this only says what may be archived.
 */
public record Retention(int councilYears, LocalDate today) {

    public static final int HMRC_PAYROLL_YEARS = 3;
    /** Used when the book follows no council profile: the most common council requirement. */
    public static final int DEFAULT_COUNCIL_YEARS = 6;

    public Retention {
        if (councilYears < 1 || councilYears > 25) {
            throw new Refusal("Records must be kept for between 1 and 25 years; check the council profile.");
        }
    }

    /** Records of the council's (plan years, spending, returns, evidence) dated before this may be archived. */
    public LocalDate councilCutoff(List<PlanYear> planYears) {
        LocalDate boundary = today.minusYears(councilYears); // a period must have ended before this
        for (PlanYear year : planYears) {
            if (year.contains(boundary)) {
                return year.startsOn();
            }
        }
        LocalDate financialYearStart = LocalDate.of(boundary.getMonth().compareTo(Month.APRIL) >= 0
                ? boundary.getYear() : boundary.getYear() - 1, Month.APRIL, 1);
        // a plan year that ended inside this financial year has already been judged on its own end
        return planYears.stream().map(PlanYear::endsOn)
                .filter(end -> !end.isBefore(financialYearStart) && end.isBefore(boundary))
                .max(Comparator.naturalOrder()).map(end -> end.plusDays(1)).orElse(financialYearStart);
    }

    /** Payroll records dated before this are past both HMRC's three years and the council's period. */
    public LocalDate payrollCutoff(List<PlanYear> planYears) {
        LocalDate hmrc = TaxYear.containing(today.minusYears(HMRC_PAYROLL_YEARS)).firstDay();
        LocalDate council = councilCutoff(planYears);
        return hmrc.isBefore(council) ? hmrc : council;
    }
}

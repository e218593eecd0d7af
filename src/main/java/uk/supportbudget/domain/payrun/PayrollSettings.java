package uk.supportbudget.domain.payrun;

import java.util.Objects;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.Percentage;
import uk.supportbudget.domain.payroll.AutoEnrolment;

/**
 * How this employer runs payroll: one pay frequency for the book's pay runs, the payday, whether the
 * Employment Allowance is claimed, how HMRC is paid, and the workplace pension scheme's terms.
 *
 * @param payday for monthly pay, the day of the month wages are paid (moved back to the Friday when it
 *        falls at a weekend; the 31st means the last day); weekly-based pay is paid on the Friday after
 *        the period ends
 * @param hmrcQuarterly small employers (average monthly PAYE and NI under £1,500) may pay HMRC quarterly
 * @param pensionDueDay the scheme's day of the following month by which contributions must arrive (22nd by law at the latest)
 */
public record PayrollSettings(PayFrequency frequency, int payday, boolean claimEmploymentAllowance, boolean hmrcQuarterly,
        String pensionScheme, Percentage pensionEmployeeRate, Percentage pensionEmployerRate, AutoEnrolment.TaxRelief pensionRelief,
        int pensionDueDay) {

    public PayrollSettings {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(pensionRelief, "pensionRelief");
        if (payday < 1 || payday > 31) {
            throw new Refusal("Payday " + payday + " is not a day of the month; choose a day from 1 to 31.");
        }
        if (pensionDueDay < 1 || pensionDueDay > 22) {
            throw new Refusal("Pension contributions must reach the scheme by the 22nd of the following month; choose a day from 1 to 22.");
        }
        pensionScheme = pensionScheme == null || pensionScheme.isBlank() ? "NEST" : pensionScheme.strip();
    }

    public static PayrollSettings defaults() {
        return new PayrollSettings(PayFrequency.MONTHLY, 28, true, false, "NEST", AutoEnrolment.DEFAULT_EMPLOYEE,
                AutoEnrolment.DEFAULT_EMPLOYER, AutoEnrolment.TaxRelief.RELIEF_AT_SOURCE, 22);
    }
}

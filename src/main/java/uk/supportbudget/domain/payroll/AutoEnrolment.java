package uk.supportbudget.domain.payroll;

import java.time.LocalDate;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.Percentage;
import uk.supportbudget.domain.money.Rounding;

/**
 * Workplace pension automatic enrolment duties (Pensions Act 2008, The Pensions Regulator's detailed
 * guidance), as pure rules an employer's pay run can call every period.
 */
public final class AutoEnrolment {

    /** Default minimum contributions on qualifying earnings: 8% in total, at least 3% from the employer. */
    public static final Percentage DEFAULT_EMPLOYEE = Percentage.ofWholePercent(5);
    public static final Percentage DEFAULT_EMPLOYER = Percentage.ofWholePercent(3);
    private static final Percentage BASIC_RATE_RELIEF_KEPT = Percentage.ofWholePercent(80);

    private AutoEnrolment() {
    }

    public enum WorkerCategory {
        /** 22 to State Pension age, earning more than the trigger: must be enrolled. */
        ELIGIBLE_JOBHOLDER,
        /** 16 to 74 earning more than the qualifying lower limit but not eligible: may opt in, with employer contributions. */
        NON_ELIGIBLE_JOBHOLDER,
        /** 16 to 74 earning no more than the lower limit: may ask to join a scheme, no employer contribution required. */
        ENTITLED_WORKER,
        /** Under 16 or 75 and over: no duties. */
        NO_DUTIES
    }

    /** How the employee's contribution gets tax relief. */
    public enum TaxRelief {
        /** Taken from pay after tax at 80% of the contribution; the scheme claims the basic rate from HMRC (NEST, most master trusts). */
        RELIEF_AT_SOURCE,
        /** Taken from pay before tax, so taxable pay is reduced; NI is still due on the full pay. */
        NET_PAY_ARRANGEMENT
    }

    public static WorkerCategory assess(RatesTable rates, PayFrequency frequency, int age, boolean reachedStatePensionAge, Money earnings) {
        if (age < 16 || age >= 75) {
            return WorkerCategory.NO_DUTIES;
        }
        AutoEnrolmentThresholds thresholds = rates.autoEnrolmentFor(frequency);
        if (age >= 22 && !reachedStatePensionAge && earnings.compareTo(thresholds.earningsTrigger()) > 0) {
            return WorkerCategory.ELIGIBLE_JOBHOLDER;
        }
        return earnings.compareTo(thresholds.qualifyingEarningsLower()) > 0 ? WorkerCategory.NON_ELIGIBLE_JOBHOLDER : WorkerCategory.ENTITLED_WORKER;
    }

    /** Earnings between the lower and upper limits for the pay reference period. */
    public static Money qualifyingEarnings(RatesTable rates, PayFrequency frequency, Money earnings) {
        AutoEnrolmentThresholds thresholds = rates.autoEnrolmentFor(frequency);
        Money capped = earnings.compareTo(thresholds.qualifyingEarningsUpper()) > 0 ? thresholds.qualifyingEarningsUpper() : earnings;
        Money above = capped.minus(thresholds.qualifyingEarningsLower());
        return above.isNegative() ? Money.ZERO : above;
    }

    /**
     * @param employeeContribution the gross contribution (tax relief included)
     * @param deductedFromPay what comes off the PA's pay: the whole contribution under net pay, 80% of it under relief at source
     */
    public record Contributions(Money qualifyingEarnings, Money employeeContribution, Money employerContribution, Money deductedFromPay,
            TaxRelief relief, String explanation) {
    }

    public static Contributions contributions(RatesTable rates, PayFrequency frequency, Money earnings, Percentage employeeRate,
            Percentage employerRate, TaxRelief relief) {
        if (employerRate.basisPoints() < DEFAULT_EMPLOYER.basisPoints()
                || employeeRate.basisPoints() + employerRate.basisPoints() < DEFAULT_EMPLOYEE.basisPoints() + DEFAULT_EMPLOYER.basisPoints()) {
            throw new Refusal("Contributions of " + employeeRate + " from the PA and " + employerRate
                    + " from the employer are below the legal minimum on qualifying earnings (8% in total, at least 3% from the employer).");
        }
        Money qualifying = qualifyingEarnings(rates, frequency, earnings);
        Money employee = Money.ofPence(Rounding.percentageToNearestPenny(qualifying.pence(), employeeRate));
        Money employer = Money.ofPence(Rounding.percentageToNearestPenny(qualifying.pence(), employerRate));
        Money deducted = relief == TaxRelief.NET_PAY_ARRANGEMENT ? employee
                : Money.ofPence(Rounding.percentageToNearestPenny(employee.pence(), BASIC_RATE_RELIEF_KEPT));
        String text = "Pension: qualifying earnings " + Pounds.of(qualifying) + " (between " + Pounds.of(rates.autoEnrolmentFor(frequency).qualifyingEarningsLower())
                + " and " + Pounds.of(rates.autoEnrolmentFor(frequency).qualifyingEarningsUpper()) + "), PA " + employeeRate + " = "
                + Pounds.of(employee) + (relief == TaxRelief.RELIEF_AT_SOURCE
                        ? " of which " + Pounds.of(deducted) + " is taken from pay after tax (the scheme claims the rest from HMRC)"
                        : " taken from pay before tax")
                + ", employer " + employerRate + " = " + Pounds.of(employer) + ".";
        return new Contributions(qualifying, employee, employer, deducted, relief, text);
    }

    /** Postponement: the assessment can be deferred for up to three months from the duties start date. */
    public static LocalDate postponementEnds(LocalDate dutiesStart, int months) {
        if (months < 1 || months > 3) {
            throw new Refusal("Postponement can last one, two or three months, not " + months + ".");
        }
        return dutiesStart.plusMonths(months);
    }

    /** The postponement notice, and the enrolment information after automatic enrolment, are due within six weeks. */
    public static LocalDate letterDue(LocalDate fromDate) {
        return fromDate.plusWeeks(6);
    }

    /** Opt-out window: one month from the later of the enrolment date and the day the PA got the enrolment information. */
    public record Window(LocalDate opens, LocalDate closes) {
        public boolean contains(LocalDate date) {
            return !date.isBefore(opens) && !date.isAfter(closes);
        }
    }

    public static Window optOutWindow(LocalDate enrolmentDate, LocalDate informationReceived) {
        LocalDate opens = informationReceived.isAfter(enrolmentDate) ? informationReceived : enrolmentDate;
        return new Window(opens, opens.plusMonths(1));
    }

    /** After a valid opt-out, contributions are refunded within one month of the notice (in practice with the next pay). */
    public static LocalDate optOutRefundDue(LocalDate validOptOutNoticeReceived) {
        return validOptOutNoticeReceived.plusMonths(1);
    }

    /** Cyclical re-enrolment comes round every three years. */
    public static final int RE_ENROLMENT_CYCLE_YEARS = 3;
    /** The employer may pick a re-enrolment date up to three months either side of the anniversary. */
    private static final int RE_ENROLMENT_WINDOW_MONTHS = 3;
    /** The re-declaration of compliance is due within five months of the anniversary. */
    private static final int RE_DECLARATION_MONTHS = 5;

    /** The third anniversary of the day duties started (the staging or duties start date). */
    public static LocalDate firstReEnrolmentAnniversary(LocalDate dutiesStart) {
        return dutiesStart.plusYears(RE_ENROLMENT_CYCLE_YEARS);
    }

    /** The six months a re-enrolment date may be chosen in: three months either side of the anniversary. */
    public static Window reEnrolmentWindow(LocalDate anniversary) {
        return new Window(anniversary.minusMonths(RE_ENROLMENT_WINDOW_MONTHS), anniversary.plusMonths(RE_ENROLMENT_WINDOW_MONTHS));
    }

    /** The first of the re-enrolment dates {@code first}, then every three years, that falls on or after a day. */
    public static LocalDate reEnrolmentDateOnOrAfter(LocalDate first, LocalDate day) {
        LocalDate date = first;
        for (int cycle = 1; date.isBefore(day); cycle++) {
            date = first.plusYears((long) RE_ENROLMENT_CYCLE_YEARS * cycle);
        }
        return date;
    }

    /** The re-declaration of compliance to The Pensions Regulator is due five months after the anniversary. */
    public static LocalDate reDeclarationDue(LocalDate anniversary) {
        return anniversary.plusMonths(RE_DECLARATION_MONTHS);
    }

    /** An opt-in notice from a non-eligible jobholder: enrol from the first pay reference period starting a month after it arrives. */
    public static LocalDate optInEnrolFromOnOrAfter(LocalDate optInNoticeReceived) {
        return optInNoticeReceived.plusMonths(1);
    }
}

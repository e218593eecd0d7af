package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.Percentage;
import uk.supportbudget.domain.money.Rounding;

/**
 * Class 1 NICs by the exact percentage method for one earnings period (not directors). Employee
 * and employer contributions are calculated separately, each band's earnings times its rate
 * added up and then rounded once (SSCR 2001 reg. 12(1)). Thresholds are HMRC's per-frequency figures.
 * The week 53/54/56 payment uses the same per-period thresholds as any other.
 */
public final class NiCalculator {

    private NiCalculator() {
    }

    public static NiResult calculate(RatesTable rates, NiCategory category, PayFrequency frequency, Money earnings) {
        return calculate(rates, category, frequency, earnings, true);
    }

    /** As above; with {@code explain} false the explanation is left empty, for bulk calculations that print only the figures. */
    public static NiResult calculate(RatesTable rates, NiCategory category, PayFrequency frequency, Money earnings, boolean explain) {
        if (earnings.isNegative()) {
            throw new Refusal("Earnings of " + Pounds.of(earnings) + " are negative; NI is worked out on the pay for the period as a positive amount.");
        }
        NiRates ni = rates.nationalInsurance();
        NiThresholds t = ni.thresholdsFor(frequency);
        long pay = earnings.pence();
        long pt = t.primaryThreshold().pence();
        long uel = t.upperEarningsLimit().pence();

        long employeeRaw = switch (category.employeeRates()) {
            case STANDARD -> slice(pay, pt, uel) * ni.employeeMain().basisPoints() + above(pay, uel) * ni.employeeAdditional().basisPoints();
            case REDUCED -> slice(pay, pt, uel) * ni.employeeReduced().basisPoints() + above(pay, uel) * ni.employeeAdditional().basisPoints();
            case DEFERRED -> above(pay, pt) * ni.employeeAdditional().basisPoints();
            case NONE -> 0;
        };
        long employerFrom = switch (category.employerFrom()) {
            case SECONDARY_THRESHOLD -> t.secondaryThreshold().pence();
            case UPPER_SECONDARY_THRESHOLD -> t.upperSecondaryThreshold().pence();
            case APPRENTICE_UPPER_SECONDARY_THRESHOLD -> t.apprenticeUpperSecondaryThreshold().pence();
            case VETERANS_UPPER_SECONDARY_THRESHOLD -> t.veteransUpperSecondaryThreshold().pence();
            case FREEPORT_UPPER_SECONDARY_THRESHOLD -> t.freeportUpperSecondaryThreshold().pence();
            case NEVER -> Long.MAX_VALUE;
        };
        long employerRaw = above(pay, employerFrom) * ni.employer().basisPoints();

        Money employee = Money.ofPence(Rounding.niRoundHalfPennyOrLessDown(employeeRaw));
        Money employer = Money.ofPence(Rounding.niRoundHalfPennyOrLessDown(employerRaw));
        boolean qualifying = pay >= t.lowerEarningsLimit().pence();
        return new NiResult(category, employee, employer, qualifying, !explain ? "" :
                explain(category, frequency, earnings, t, ni, employee, employer, employerFrom, qualifying));
    }

    private static long slice(long pay, long from, long to) {
        return Math.max(0, Math.min(pay, to) - from);
    }

    private static long above(long pay, long from) {
        return from == Long.MAX_VALUE ? 0 : Math.max(0, pay - from);
    }

    private static String explain(NiCategory category, PayFrequency frequency, Money earnings, NiThresholds t, NiRates ni,
            Money employee, Money employer, long employerFrom, boolean qualifying) {
        StringBuilder text = new StringBuilder("NI: category ").append(category.name()).append(" (").append(category.meaning())
                .append("), ").append(frequency.cliName()).append(" earnings ").append(Pounds.of(earnings)).append(". Employee ");
        switch (category.employeeRates()) {
            case STANDARD -> text.append(rate(ni.employeeMain())).append(" between ").append(Pounds.of(t.primaryThreshold()))
                    .append(" and ").append(Pounds.of(t.upperEarningsLimit())).append(", ").append(rate(ni.employeeAdditional())).append(" above");
            case REDUCED -> text.append(rate(ni.employeeReduced())).append(" between ").append(Pounds.of(t.primaryThreshold()))
                    .append(" and ").append(Pounds.of(t.upperEarningsLimit())).append(", ").append(rate(ni.employeeAdditional())).append(" above");
            case DEFERRED -> text.append(rate(ni.employeeAdditional())).append(" above ").append(Pounds.of(t.primaryThreshold()));
            case NONE -> text.append("pays none");
        }
        text.append(" = ").append(Pounds.of(employee)).append(". Employer ");
        if (employerFrom == Long.MAX_VALUE) {
            text.append("pays none");
        } else {
            text.append(rate(ni.employer())).append(" above ").append(Pounds.of(employerFrom));
        }
        text.append(" = ").append(Pounds.of(employer)).append(". ");
        text.append(qualifying
                ? "Earnings reach the lower earnings limit of " + Pounds.of(t.lowerEarningsLimit()) + ", so the period counts for the PA's State Pension."
                : "Earnings are below the lower earnings limit of " + Pounds.of(t.lowerEarningsLimit()) + ", so the period does not count for the PA's State Pension.");
        return text.toString();
    }

    private static String rate(Percentage percentage) {
        return percentage.toString();
    }
}

package uk.supportbudget.domain.money;

/**
 * Every rounding the payroll engine does, each named after the HMRC rule it follows, so that a
 * figure on a payslip can be traced to a sentence in HMRC's specifications. All arithmetic is on
 * whole numbers; the names say what unit goes in and what comes out.
 *
 * <p>Sources: HMRC "Specification for PAYE Tax Table Routines" (the paragraph numbers below are
 * its), Social Security (Contributions) Regulations 2001 reg. 12(1) and HMRC's NICs guidance for
 * software developers, and HMRC's student loan guidance for employers.
 */
public final class Rounding {

    /** Ten-thousandths of a pound: the four decimal places HMRC's tax routines work to. */
    public static final long UNITS_PER_POUND = 10_000;
    public static final long UNITS_PER_PENNY = 100;

    private Rounding() {
    }

    /**
     * PAYE spec 4.3.1: the Week 1 / Month 1 free (or additional) pay for a code part is its annual
     * value divided by 52 or 12, rounded UP to the next penny if not exact.
     */
    public static long payAdjustmentRoundUpToPenny(long annualPence, long divisor) {
        return ceilDiv(annualPence, divisor);
    }

    /** PAYE spec 4.4.4: taxable pay to date (in pence) is rounded DOWN to the whole pound. */
    public static long taxablePayRoundDownToPound(long pence) {
        return Math.floorDiv(pence, 100);
    }

    /**
     * PAYE spec definitions 9 and 11: cumulative thresholds and threshold taxes are pro-rated to
     * the period and kept to four decimal places, the rest disregarded (truncated).
     */
    public static long thresholdTruncatedToFourPlaces(long annualUnits, long periodsElapsed, long periodsPerYear) {
        return Math.floorDiv(Math.multiplyExact(annualUnits, periodsElapsed), periodsPerYear);
    }

    /**
     * PAYE spec definition 10: the value the income tests compare taxable pay against is the
     * pro-rated threshold rounded UP to the whole pound.
     */
    public static long incomeTestValueRoundUpToPound(long annualPounds, long periodsElapsed, long periodsPerYear) {
        return ceilDiv(Math.multiplyExact(annualPounds, periodsElapsed), periodsPerYear);
    }

    /** PAYE spec 4.4.4: tax due to date is rounded DOWN to the penny below. */
    public static long taxRoundDownToPenny(long units) {
        return Math.floorDiv(units, UNITS_PER_PENNY);
    }

    /** PAYE spec 4.5.2: the overriding (regulatory) limit is the percentage of pay, rounded DOWN to the penny. */
    public static long overridingLimitRoundDownToPenny(long pence, Percentage limit) {
        return Math.floorDiv(Math.multiplyExact(pence, limit.basisPoints()), 10_000);
    }

    /**
     * Class 1 NICs, exact percentage method (SSCR 2001 reg. 12(1); HMRC NICs guidance for software
     * developers): calculate to the nearest penny, disregarding amounts of a halfpenny or less.
     * HMRC reads only the third decimal place of pounds: digits beyond it are ignored; a third
     * digit of 5 or less rounds down, 6 or more rounds up. So £50.156 → £50.16, £50.155 → £50.15,
     * and £50.1559 → £50.15.
     *
     * @param rawPenceTimesBasisPoints pence multiplied by a rate in basis points (1e-4 pence)
     */
    public static long niRoundHalfPennyOrLessDown(long rawPenceTimesBasisPoints) {
        if (rawPenceTimesBasisPoints < 0) {
            throw new IllegalArgumentException("NICs are never negative");
        }
        long tenthsOfPenny = rawPenceTimesBasisPoints / 1_000; // ignore digits beyond the third decimal of pounds
        long pence = tenthsOfPenny / 10;
        long thirdDigit = tenthsOfPenny % 10;
        return thirdDigit >= 6 ? pence + 1 : pence;
    }

    /** Student and postgraduate loan deductions are rounded DOWN to the whole pound (returned in pence). */
    public static long studentLoanRoundDownToPound(long pence) {
        return Math.floorDiv(pence, 100) * 100;
    }

    /** Pension contributions and other percentages of pay where the scheme does not say otherwise: nearest penny, half up. */
    public static long percentageToNearestPenny(long pence, Percentage rate) {
        long raw = Math.multiplyExact(pence, rate.basisPoints());
        return Math.floorDiv(raw + 5_000, 10_000);
    }

    /** A percentage of pence rounded down to the penny (used where the rule favours the payer of the money). */
    public static long percentageRoundDownToPenny(long pence, Percentage rate) {
        return Math.floorDiv(Math.multiplyExact(pence, rate.basisPoints()), 10_000);
    }

    /** Divide rounding up (towards positive infinity). */
    public static long ceilDiv(long numerator, long denominator) {
        return -Math.floorDiv(-numerator, denominator);
    }
}

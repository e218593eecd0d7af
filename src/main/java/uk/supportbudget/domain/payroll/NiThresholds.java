package uk.supportbudget.domain.payroll;

import uk.supportbudget.domain.money.Money;

/**
 * Class 1 thresholds for one earnings period exactly as HMRC publishes them for that frequency
 * (the fortnightly and four-weekly figures are HMRC's own, not the weekly ones doubled).
 */
public record NiThresholds(Money lowerEarningsLimit, Money primaryThreshold, Money secondaryThreshold,
        Money upperEarningsLimit, Money upperSecondaryThreshold, Money apprenticeUpperSecondaryThreshold,
        Money veteransUpperSecondaryThreshold, Money freeportUpperSecondaryThreshold) {

    public NiThresholds {
        for (Money threshold : new Money[] {lowerEarningsLimit, primaryThreshold, secondaryThreshold, upperEarningsLimit,
                upperSecondaryThreshold, apprenticeUpperSecondaryThreshold, veteransUpperSecondaryThreshold,
                freeportUpperSecondaryThreshold}) {
            if (threshold == null || threshold.isNegative()) {
                throw new IllegalArgumentException("NI thresholds must all be given and not negative");
            }
        }
        if (primaryThreshold.compareTo(upperEarningsLimit) > 0) {
            throw new IllegalArgumentException("The primary threshold cannot be above the upper earnings limit");
        }
    }
}

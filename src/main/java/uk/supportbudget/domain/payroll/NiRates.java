package uk.supportbudget.domain.payroll;

import java.util.EnumMap;
import java.util.Map;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.Percentage;

/**
 * A year's Class 1 rates, thresholds per pay frequency, and the Employment Allowance.
 *
 * @param employeeMain between the primary threshold and the upper earnings limit (8% from 6 April 2024)
 * @param employeeReduced married women's reduced rate in the same band (1.85%)
 * @param employeeAdditional above the upper earnings limit (2%)
 * @param employer above the secondary threshold (13.8% in 2024-25, 15% from 2025-26)
 */
public record NiRates(Percentage employeeMain, Percentage employeeReduced, Percentage employeeAdditional,
        Percentage employer, Map<PayFrequency, NiThresholds> thresholds, Money employmentAllowance) {

    public NiRates {
        thresholds = Map.copyOf(new EnumMap<>(thresholds));
        for (PayFrequency frequency : PayFrequency.values()) {
            if (!thresholds.containsKey(frequency)) {
                throw new IllegalArgumentException("NI thresholds missing for " + frequency);
            }
        }
    }

    public NiThresholds thresholdsFor(PayFrequency frequency) {
        NiThresholds found = thresholds.get(frequency);
        if (found == null) {
            throw new Refusal("There are no National Insurance thresholds for " + frequency + " pay.");
        }
        return found;
    }
}

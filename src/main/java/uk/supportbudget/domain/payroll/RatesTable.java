package uk.supportbudget.domain.payroll;

import java.util.EnumMap;
import java.util.Map;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.Percentage;
import uk.supportbudget.domain.money.TaxYear;

/**
 * Every rate and threshold the payroll engine needs for one tax year. Built from the year's rate
 * file by the service layer; the domain never reads files.
 *
 * @param overridingLimit the regulatory limit on tax deducted in one period (50% of pay)
 */
public record RatesTable(TaxYear taxYear, Money personalAllowance, Map<TaxRegion, RegionBands> incomeTax,
        Percentage overridingLimit, NiRates nationalInsurance, StudentLoanRates studentLoans,
        Map<PayFrequency, AutoEnrolmentThresholds> autoEnrolment, StatutorySickPayRates statutorySickPay,
        MinimumWageRates minimumWage) {

    public RatesTable {
        incomeTax = Map.copyOf(new EnumMap<>(incomeTax));
        autoEnrolment = Map.copyOf(new EnumMap<>(autoEnrolment));
        for (TaxRegion region : TaxRegion.values()) {
            if (!incomeTax.containsKey(region)) {
                throw new IllegalArgumentException(taxYear + ": income tax bands missing for " + region);
            }
        }
        if (nationalInsurance == null || studentLoans == null || statutorySickPay == null || minimumWage == null) {
            throw new IllegalArgumentException(taxYear + ": rate table incomplete");
        }
    }

    public RegionBands bandsFor(TaxRegion region) {
        return incomeTax.get(region);
    }

    public AutoEnrolmentThresholds autoEnrolmentFor(PayFrequency frequency) {
        AutoEnrolmentThresholds thresholds = autoEnrolment.get(frequency);
        if (thresholds == null) {
            throw new Refusal("There are no workplace pension thresholds for " + frequency + " pay in " + taxYear + ".");
        }
        return thresholds;
    }
}

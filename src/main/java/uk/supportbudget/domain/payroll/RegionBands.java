package uk.supportbudget.domain.payroll;

import java.util.List;

import uk.supportbudget.domain.money.Percentage;

/**
 * One region's income tax bands for a year, in HMRC's shape: rates R1..Rx, and the cumulative
 * upper limit (in whole pounds of taxable pay, after the personal allowance) of every band but the
 * top one. rUK 2025-26: 20% to 37,700, 40% to 125,140, 45% above.
 *
 * @param basicRateIndex which rate is the basic rate (the BR code's rate); D0 is the next one up
 */
public record RegionBands(List<String> names, List<Percentage> rates, List<Long> upperLimits, int basicRateIndex) {

    public RegionBands {
        names = List.copyOf(names);
        rates = List.copyOf(rates);
        upperLimits = List.copyOf(upperLimits);
        if (rates.isEmpty() || names.size() != rates.size() || upperLimits.size() != rates.size() - 1) {
            throw new IllegalArgumentException("Bands need one name and rate each and a limit for every band but the top one");
        }
        long previous = 0;
        for (long limit : upperLimits) {
            if (limit <= previous) {
                throw new IllegalArgumentException("Band limits must rise: " + upperLimits);
            }
            previous = limit;
        }
        if (basicRateIndex < 0 || basicRateIndex >= rates.size()) {
            throw new IllegalArgumentException("Basic rate index out of range: " + basicRateIndex);
        }
    }

    public int bandCount() {
        return rates.size();
    }

    /** The single rate of a BR code (offset 0) or a D code (offset 1 + the D number). */
    public Percentage flatRate(int offsetFromBasic) {
        int index = basicRateIndex + offsetFromBasic;
        if (index >= rates.size()) {
            throw new IllegalArgumentException("No rate " + offsetFromBasic + " above the basic rate");
        }
        return rates.get(index);
    }

    public String flatRateName(int offsetFromBasic) {
        return names.get(basicRateIndex + offsetFromBasic);
    }
}

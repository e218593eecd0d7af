package uk.supportbudget.domain.payroll;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import uk.supportbudget.domain.money.Money;

/** Hourly minimum wage rates by band, in force from {@code effectiveFrom} (1 April each year). */
public record MinimumWageRates(LocalDate effectiveFrom, Map<MinimumWageBand, Money> hourly) {

    public MinimumWageRates {
        hourly = Map.copyOf(new EnumMap<>(hourly));
        for (MinimumWageBand band : MinimumWageBand.values()) {
            if (!hourly.containsKey(band)) {
                throw new IllegalArgumentException("Minimum wage missing for " + band);
            }
        }
    }

    public Money hourlyFor(MinimumWageBand band) {
        return hourly.get(band);
    }
}

package uk.supportbudget.domain.payroll;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;

/** National Minimum Wage and National Living Wage checks for a rota or contract rate. */
public final class MinimumWage {

    private MinimumWage() {
    }

    /** The rates in force on a date: the latest set whose 1 April start is on or before it. */
    public static MinimumWageRates inForce(List<MinimumWageRates> known, LocalDate date) {
        return known.stream().filter(rates -> !rates.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(MinimumWageRates::effectiveFrom))
                .orElseThrow(() -> new Refusal("Support Budget has no minimum wage rates for " + date + "."));
    }

    /** The next change after a date, if one is known: the app warns before each April. */
    public static Optional<MinimumWageRates> nextChange(List<MinimumWageRates> known, LocalDate date) {
        return known.stream().filter(rates -> rates.effectiveFrom().isAfter(date)).min(Comparator.comparing(MinimumWageRates::effectiveFrom));
    }

    public record Check(boolean meetsMinimum, Money minimum, Money shortfallPerHour, String message) {
    }

    public static Check check(List<MinimumWageRates> known, LocalDate date, int age, boolean apprenticeUnder19OrFirstYear, Money hourlyRate) {
        MinimumWageBand band = MinimumWageBand.forWorker(age, apprenticeUnder19OrFirstYear);
        Money minimum = inForce(known, date).hourlyFor(band);
        Money shortfall = minimum.minus(hourlyRate);
        if (shortfall.isPositive()) {
            return new Check(false, minimum, shortfall, Pounds.of(hourlyRate) + " an hour is below the " + band.displayName()
                    + " minimum of " + Pounds.of(minimum) + " from " + inForce(known, date).effectiveFrom() + "; raise the rate by at least "
                    + Pounds.of(shortfall) + " an hour.");
        }
        return new Check(true, minimum, Money.ZERO, Pounds.of(hourlyRate) + " an hour meets the " + band.displayName() + " minimum of "
                + Pounds.of(minimum) + ".");
    }
}

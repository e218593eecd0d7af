package uk.supportbudget.domain.staff;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payroll.MinimumWage;
import uk.supportbudget.domain.payroll.MinimumWageBand;
import uk.supportbudget.domain.payroll.MinimumWageRates;

/**
 * A contract's hourly rates against the National Minimum / Living Wage for the PA's age on the day
 * they apply, and the warning ahead of each April's rise. The sleep-in allowance is not checked:
 * time asleep on a sleep-in is not working time for the minimum wage (Mencap v Tomlinson-Blake,
 * Supreme Court 2021); time awake and working is, and is paid at the waking-night rate, which is checked.
 */
public final class MinimumWageRules {

    /** Warn this many weeks before 1 April. */
    public static final int WARN_WEEKS_BEFORE = 8;

    private MinimumWageRules() {
    }

    /** One sentence per rate below the minimum on {@code date}; empty when every rate meets it. */
    public static List<String> shortfalls(Employee employee, Contract contract, List<MinimumWageRates> known, LocalDate date) {
        List<String> sentences = new ArrayList<>();
        int age = employee.ageOn(date);
        for (Map.Entry<String, Money> rate : contract.hourlyRates().entrySet()) {
            MinimumWage.Check check = MinimumWage.check(known, date, age, employee.apprentice(), rate.getValue());
            if (!check.meetsMinimum()) {
                sentences.add("The " + rate.getKey() + " rate for " + employee.fullName() + " (aged " + age + " on " + date + "): "
                        + check.message());
            }
        }
        return sentences;
    }

    /** Refuses a contract whose rates fall below the minimum on the day it starts (or on {@code from}, if later). */
    public static void refuseBelowMinimum(Employee employee, Contract contract, List<MinimumWageRates> known, LocalDate from) {
        LocalDate date = from.isAfter(contract.startsOn()) ? from : contract.startsOn();
        List<String> sentences = shortfalls(employee, contract, known, date);
        if (!sentences.isEmpty()) {
            throw new Refusal(sentences.get(0));
        }
    }

    /** The minimum for this PA on a date, for showing beside the rate field. */
    public static Money minimumFor(Employee employee, List<MinimumWageRates> known, LocalDate date) {
        MinimumWageBand band = MinimumWageBand.forWorker(employee.ageOn(date), employee.apprentice());
        return MinimumWage.inForce(known, date).hourlyFor(band);
    }

    /** A contract that will fall below the coming April's rates. */
    public record AprilWarning(Employee employee, Contract contract, LocalDate changeOn, String sentence) {
    }

    /**
     * Within {@value #WARN_WEEKS_BEFORE} weeks of a rise, lists each contract still in force on the day of
     * the rise whose rates fall below the new minimum for the PA's age on that day. When the app does not
     * know next April's rates yet, says so once, so nobody takes silence for safety.
     */
    public static List<AprilWarning> aheadOfApril(Map<Employee, Contract> current, List<MinimumWageRates> known, LocalDate today) {
        List<AprilWarning> warnings = new ArrayList<>();
        LocalDate nextApril = LocalDate.of(today.getMonthValue() < 4 ? today.getYear() : today.getYear() + 1, 4, 1);
        if (ChronoUnit.DAYS.between(today, nextApril) > WARN_WEEKS_BEFORE * 7L) {
            return warnings;
        }
        Optional<MinimumWageRates> next = MinimumWage.nextChange(known, today);
        if (next.isEmpty() || !next.get().effectiveFrom().equals(nextApril)) {
            if (!current.isEmpty()) {
                warnings.add(new AprilWarning(null, null, nextApril, "The minimum wage rises on " + nextApril
                        + " and this version of Support Budget does not know the new rates yet; check them on gov.uk and "
                        + "raise any rate that will fall below."));
            }
            return warnings;
        }
        for (Map.Entry<Employee, Contract> entry : current.entrySet()) {
            Contract contract = entry.getValue();
            Employee employee = entry.getKey();
            if (!contract.appliesOn(nextApril) || !employee.employedOn(nextApril)) {
                continue;
            }
            List<String> sentences = shortfalls(employee, contract, known, nextApril);
            if (!sentences.isEmpty()) {
                warnings.add(new AprilWarning(employee, contract, nextApril, "Before " + nextApril + ": " + sentences.get(0)));
            }
        }
        return warnings;
    }
}

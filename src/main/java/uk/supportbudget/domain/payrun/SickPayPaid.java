package uk.supportbudget.domain.payrun;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.supportbudget.domain.rota.DateRange;

/**
 * What earlier finalised pay runs did about a PA's Statutory Sick Pay: the days they paid it for, and the periods
 * they covered. A qualifying day in a finalised period that no run paid (the sickness was recorded after that run
 * was finalised) is owed as arrears by the next run; a day already paid is never paid again.
 *
 * @param paidDays days earlier finalised runs paid this PA SSP for
 * @param finalised the work periods of earlier finalised runs, with their paydays
 */
public record SickPayPaid(Set<LocalDate> paidDays, List<FinalisedPeriod> finalised) {

    public static final SickPayPaid NONE = new SickPayPaid(Set.of(), List.of());

    /** One finalised run's work period and payday. */
    public record FinalisedPeriod(DateRange workPeriod, LocalDate payDate) {
    }

    public SickPayPaid {
        paidDays = Set.copyOf(paidDays);
        finalised = List.copyOf(finalised);
    }

    public boolean paid(LocalDate day) {
        return paidDays.contains(day);
    }

    /** The finalised run whose work period holds a day, if any. */
    public Optional<FinalisedPeriod> periodOf(LocalDate day) {
        return finalised.stream().filter(p -> p.workPeriod().contains(day)).findFirst();
    }

    /** For building from stored lines: a line's own days, or for a line stored before days were kept, its run's whole period. */
    public static Set<LocalDate> daysPaidBy(PayRunLine line, DateRange workPeriod) {
        if (!line.sickPayDays().isEmpty() || !line.sickPay().isPositive()) {
            return line.sickPayDays().keySet();
        }
        return Set.copyOf(workPeriod.dates().toList());
    }
}

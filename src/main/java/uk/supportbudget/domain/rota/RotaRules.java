package uk.supportbudget.domain.rota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;

/** The rota's rules: no PA in two places at once, no shift on a day they are away, and agreed hours covered. */
public final class RotaRules {

    private RotaRules() {
    }

    /** The first existing shift (other than itself) the candidate overlaps for the same PA. */
    public static Optional<Shift> clash(Shift candidate, Collection<Shift> existing) {
        return existing.stream()
                .filter(other -> other.employeeId() == candidate.employeeId() && (candidate.id() == 0 || other.id() != candidate.id()))
                .filter(other -> other.work().overlaps(candidate.work()))
                .findFirst();
    }

    /** Refuses a shift that overlaps another for the same PA, or falls on a day they are away. */
    public static void refuseClash(Shift candidate, Collection<Shift> existing, Collection<Absence> absences, String paName) {
        Optional<Shift> other = clash(candidate, existing);
        if (other.isPresent()) {
            throw new Refusal(paName + " already works " + other.get().work().describe() + "; shifts for one PA cannot overlap, "
                    + "so change the times or choose another PA.");
        }
        for (Absence absence : absences) {
            if (absence.employeeId() == candidate.employeeId() && absence.days().contains(candidate.date())) {
                throw new Refusal(paName + " is away (" + absence.kind().label().toLowerCase(java.util.Locale.ROOT) + ") on "
                        + candidate.work().describe().substring(0, candidate.work().describe().lastIndexOf(' '))
                        + "; choose another PA to cover.");
            }
        }
    }

    /**
     * The first other pattern for the same PA that would put them in two places at once: same or
     * neighbouring weekday (a night runs into the next morning), times overlapping, dates in force overlapping.
     */
    public static Optional<RotaPattern> patternClash(RotaPattern candidate, Collection<RotaPattern> existing) {
        LocalDate monday = LocalDate.of(2024, 1, 1);
        WorkPeriod mine = candidate.on(monday.plusDays(candidate.day().getValue() - 1L));
        return existing.stream()
                .filter(other -> other.employeeId() == candidate.employeeId() && (candidate.id() == 0 || other.id() != candidate.id()))
                .filter(other -> inForceTogether(candidate, other))
                .filter(other -> {
                    WorkPeriod theirs = other.on(monday.plusDays(other.day().getValue() - 1L));
                    for (int weeks = -1; weeks <= 1; weeks++) {
                        WorkPeriod shifted = new WorkPeriod(theirs.start().plusWeeks(weeks), theirs.end().plusWeeks(weeks), theirs.type(), 0);
                        if (shifted.overlaps(mine)) {
                            return true;
                        }
                    }
                    return false;
                }).findFirst();
    }

    private static boolean inForceTogether(RotaPattern a, RotaPattern b) {
        return (a.validTo() == null || !a.validTo().isBefore(b.validFrom())) && (b.validTo() == null || !b.validTo().isBefore(a.validFrom()));
    }

    /** Refuses a repeating shift that overlaps another of the same PA's. */
    public static void refusePatternClash(RotaPattern candidate, Collection<RotaPattern> existing, String paName) {
        patternClash(candidate, existing).ifPresent(other -> {
            throw new Refusal(paName + " already has a repeating " + other.type().label().toLowerCase(java.util.Locale.ROOT) + " shift on "
                    + other.day().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + "s " + other.on(
                    other.validFrom().with(java.time.temporal.TemporalAdjusters.nextOrSame(other.day()))).times()
                    + "; repeating shifts for one PA cannot overlap, so change the times or the day.");
        });
    }

    /** A shift from a repeating pattern that nobody covers because its PA is away. */
    public record Gap(Shift uncovered, Absence absence, String sentence) {
    }

    /** What a week of the rota looks like against the plan. */
    public record Week(DateRange days, BigDecimal supportHours, BigDecimal sleepIns, BigDecimal agreedHours, List<Gap> gaps,
                       List<String> clashes) {

        /** Agreed hours a week not on the rota; zero or negative when covered. */
        public BigDecimal shortfall() {
            return agreedHours.subtract(supportHours);
        }

        public boolean belowAgreed() {
            return agreedHours.signum() > 0 && shortfall().signum() > 0;
        }
    }

    /**
     * Looks at one week: hours of support rostered (every paid hour; sleep-ins are counted apart), the
     * shifts the patterns would have made for a PA who is away with no cover shift at the same time,
     * and any overlapping shifts already stored.
     */
    public static Week analyse(LocalDate monday, List<Shift> shifts, List<RotaPattern> patterns, List<Absence> absences,
                               BigDecimal agreedHoursPerWeek, Map<Long, String> names) {
        DateRange days = DateRange.week(monday);
        long minutes = 0;
        int sleepIns = 0;
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < shifts.size(); i++) {
            Shift shift = shifts.get(i);
            if (!days.contains(shift.date())) {
                continue;
            }
            if (shift.type() == ShiftType.SLEEP_IN) {
                sleepIns++;
            }
            minutes += shift.work().paidMinutes();
            for (int j = i + 1; j < shifts.size(); j++) {
                Shift other = shifts.get(j);
                if (other.employeeId() == shift.employeeId() && other.work().overlaps(shift.work())) {
                    clashes.add(names.getOrDefault(shift.employeeId(), "A PA") + " has two shifts at once: " + shift.work().describe()
                            + " and " + other.work().describe() + ".");
                }
            }
        }
        List<Gap> gaps = new ArrayList<>();
        for (RotaPattern pattern : patterns) {
            for (Shift planned : pattern.shiftsIn(days)) {
                Optional<Absence> away = absences.stream()
                        .filter(a -> a.employeeId() == planned.employeeId() && a.days().contains(planned.date())).findFirst();
                if (away.isEmpty()) {
                    continue;
                }
                boolean covered = shifts.stream().anyMatch(s -> s.employeeId() != planned.employeeId() && s.work().overlaps(planned.work()));
                if (!covered) {
                    String who = names.getOrDefault(planned.employeeId(), "A PA");
                    gaps.add(new Gap(planned, away.get(), planned.work().describe() + ": " + who + " is away ("
                            + away.get().kind().label().toLowerCase(java.util.Locale.ROOT) + ") and nobody covers this shift."));
                }
            }
        }
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        return new Week(days, hours, BigDecimal.valueOf(sleepIns), agreedHoursPerWeek == null ? BigDecimal.ZERO : agreedHoursPerWeek,
                gaps, clashes);
    }

    /** The Monday of the week a date falls in. */
    public static LocalDate monday(LocalDate date) {
        return date.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}

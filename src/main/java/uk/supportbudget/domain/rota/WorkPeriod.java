package uk.supportbudget.domain.rota;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;

/**
 * When a PA works, and as what: the part a rota shift and a timesheet line share. A night, sleep-in
 * or waking night may run past midnight; any shift must end after it starts and last at most 24 hours.
 *
 * @param awakeMinutes for a sleep-in, the minutes the PA was awake and working (paid at the waking-night rate)
 */
public record WorkPeriod(LocalDateTime start, LocalDateTime end, ShiftType type, int awakeMinutes) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public WorkPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(type, "type");
        if (!end.isAfter(start)) {
            throw new Refusal("The shift on " + start.format(DAY) + " ends at " + end.format(TIME) + ", before it starts at "
                    + start.format(TIME) + "; correct the times.");
        }
        if (Duration.between(start, end).toMinutes() > 24 * 60) {
            throw new Refusal("A shift of more than 24 hours is not possible; split it into two shifts.");
        }
        if (!type.overnight() && !end.toLocalDate().equals(start.toLocalDate()) && !end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            throw new Refusal("The " + type.label().toLowerCase(java.util.Locale.ROOT) + " shift on " + start.format(DAY)
                    + " runs past midnight; choose night, sleep-in or waking night for an overnight shift.");
        }
        if (awakeMinutes < 0 || awakeMinutes > Duration.between(start, end).toMinutes()) {
            throw new Refusal("Time awake during the sleep-in must be between none and the length of the shift.");
        }
        if (type != ShiftType.SLEEP_IN) {
            awakeMinutes = 0;
        }
    }

    /**
     * A shift on {@code date} from {@code from} to {@code to}. A "to" at or before "from" means the next
     * day for the overnight kinds; for a day or bank holiday shift it is refused as ending before it starts.
     */
    public static WorkPeriod on(LocalDate date, LocalTime from, LocalTime to, ShiftType type) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        LocalDateTime start = date.atTime(from);
        boolean nextDay = !to.isAfter(from) && (type.overnight() || to.equals(LocalTime.MIDNIGHT));
        return new WorkPeriod(start, (nextDay ? date.plusDays(1) : date).atTime(to), type, 0);
    }

    public WorkPeriod withAwakeMinutes(int minutes) {
        return new WorkPeriod(start, end, type, minutes);
    }

    public LocalDate date() {
        return start.toLocalDate();
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    /** Minutes that count as hours of support: all of them, or for a sleep-in only those awake and working. */
    public long paidMinutes() {
        return type.allHoursPaid() ? minutes() : awakeMinutes;
    }

    public boolean overlaps(WorkPeriod other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** {@code Tue 3 Mar 09:00–13:00}. */
    public String describe() {
        return start.format(DAY) + " " + start.format(TIME) + "\u2013" + end.format(TIME);
    }

    public String times() {
        return start.format(TIME) + "\u2013" + end.format(TIME);
    }
}

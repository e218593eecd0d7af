package uk.supportbudget.domain.rota;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

import uk.supportbudget.domain.Refusal;

/** Days from {@code first} to {@code last}, both included. */
public record DateRange(LocalDate first, LocalDate last) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new Refusal("The period ends on " + last.format(DAY) + ", before it starts on " + first.format(DAY) + "; check the dates.");
        }
    }

    public static DateRange week(LocalDate monday) {
        return new DateRange(monday, monday.plusDays(6));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    public boolean overlaps(DateRange other) {
        return !other.last.isBefore(first) && !other.first.isAfter(last);
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    public Stream<LocalDate> dates() {
        return first.datesUntil(last.plusDays(1));
    }

    public String display() {
        return first.format(DAY) + " to " + last.format(DAY);
    }
}

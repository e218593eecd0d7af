package uk.supportbudget.domain.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;

/** The days a return covers, both included. */
public record ReturnPeriod(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    public ReturnPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new Refusal("The return starts on " + from + ", after it ends on " + to
                    + "; swap the dates and try again.");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** "1 January 2026 to 31 March 2026". */
    public String display() {
        return from.format(DAY) + " to " + to.format(DAY);
    }
}

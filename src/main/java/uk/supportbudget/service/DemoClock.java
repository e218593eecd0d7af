package uk.supportbudget.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The example book's clock. The example holds a year and a half of history that a real person
 * would have built up day by day: pay runs finalised a few days before payday, statements
 * reconciled and returns submitted after each quarter. The real services stamp what they record
 * with the book's clock, so while the example records one of those past steps this clock stands
 * on that day; the rest of the time, and for good once the example is made, it is the real clock.
 */
final class DemoClock extends Clock {

    private final Clock real;
    private volatile Instant standingAt;

    DemoClock(Clock real) {
        this.real = real;
    }

    /** Stands the clock on {@code day} at {@code time} until {@link #backToNow()}; never later than now. */
    void standOn(LocalDate day, LocalTime time) {
        Instant then = day.atTime(time).atZone(real.getZone()).toInstant();
        standingAt = then.isAfter(real.instant()) ? null : then;
    }

    void backToNow() {
        standingAt = null;
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant standing = standingAt;
        return standing == null ? real.withZone(zone) : Clock.fixed(standing, zone);
    }

    @Override
    public Instant instant() {
        Instant standing = standingAt;
        return standing == null ? real.instant() : standing;
    }
}

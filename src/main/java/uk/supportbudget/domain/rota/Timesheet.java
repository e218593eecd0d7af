package uk.supportbudget.domain.rota;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.staff.Contract;

/**
 * A PA's record of the hours worked in one pay period, for them and the employer to sign. Once signed it
 * is evidence, and is not edited.
 *
 * @param signedOn the day it was signed, or {@code null} while it is a draft
 */
public record Timesheet(long id, long employeeId, DateRange period, PayFrequency frequency, LocalDate signedOn, List<TimesheetLine> lines) {

    public Timesheet {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(frequency, "frequency");
        lines = lines.stream().sorted(Comparator.comparing(line -> line.work().start())).toList();
        for (TimesheetLine line : lines) {
            if (!period.contains(line.work().date())) {
                throw new Refusal("The shift " + line.work().describe() + " is outside this timesheet's period (" + period.display()
                        + "); put it on the timesheet for its own period.");
            }
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i - 1).work().overlaps(lines.get(i).work())) {
                throw new Refusal("The shifts " + lines.get(i - 1).work().describe() + " and " + lines.get(i).work().describe()
                        + " overlap; one PA cannot work both, so correct the times.");
            }
        }
    }

    public boolean signed() {
        return signedOn != null;
    }

    /** The same timesheet with corrected lines; a signed timesheet is refused. */
    public Timesheet withLines(List<TimesheetLine> corrected) {
        if (signed()) {
            throw new Refusal("This timesheet was signed on " + signedOn + " and is kept as evidence; it cannot be changed.");
        }
        return new Timesheet(id, employeeId, period, frequency, null, corrected);
    }

    public Timesheet signedOn(LocalDate date) {
        if (lines.isEmpty()) {
            throw new Refusal("This timesheet has no shifts; add the hours worked before it is signed.");
        }
        return new Timesheet(id, employeeId, period, frequency, date, lines);
    }

    public Timesheet withId(long newId) {
        return new Timesheet(newId, employeeId, period, frequency, signedOn, lines);
    }

    public long paidMinutes() {
        return lines.stream().mapToLong(line -> line.work().paidMinutes()).sum();
    }

    /**
     * Gross pay for the period: the sum of each line's pay, each rounded half up to the penny, under the
     * contract in force on the line's day (terms can change part way through, as at an April rise).
     */
    public Money pay(Function<LocalDate, Contract> contractOn, BankHolidays bankHolidays) {
        return lines.stream().map(line -> ShiftPay.pay(line.work(), contractOn.apply(line.work().date()), bankHolidays).pay())
                .reduce(Money.ZERO, Money::plus);
    }
}

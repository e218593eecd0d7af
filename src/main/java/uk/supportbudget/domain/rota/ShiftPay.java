package uk.supportbudget.domain.rota;

import java.time.DayOfWeek;
import java.time.LocalDate;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.staff.Contract;

/**
 * What one shift costs under a contract, in exact pence.
 *
 * <p>Rounding, named: each paid part of a shift is <b>minutes × hourly rate ÷ 60, rounded half up to the
 * penny, once per shift</b> ({@link #hourlyPayHalfUpToPenny}); a period's pay is the sum of its shifts.
 *
 * <p>Which rate: a day shift on a Saturday or Sunday is paid the weekend rate; a night the night rate;
 * a waking night the waking-night rate; a shift marked bank holiday the bank holiday rate. A day, night or
 * waking-night shift that starts on a bank holiday is paid the bank holiday rate, or its own rate if
 * that is higher: the premium is per contract. A sleep-in is the flat allowance, plus the minutes the PA
 * was awake and working at the waking-night rate (those are paid hours).
 */
public final class ShiftPay {

    private ShiftPay() {
    }

    /** The pay for a shift, with the hourly rate used and a sentence saying how it was reached. */
    public record Result(Money pay, Money hourlyRate, long paidMinutes, String explanation) {
    }

    public static Result pay(WorkPeriod work, Contract contract, BankHolidays bankHolidays) {
        LocalDate date = work.date();
        boolean bankHoliday = bankHolidays.isBankHoliday(date);
        switch (work.type()) {
            case SLEEP_IN -> {
                Money awakePay = hourlyPayHalfUpToPenny(contract.wakingNight(), work.awakeMinutes());
                Money pay = contract.sleepInAllowance().plus(awakePay);
                String text = "Sleep-in allowance " + contract.sleepInAllowance().display()
                        + (work.awakeMinutes() == 0 ? "" : " plus " + hours(work.awakeMinutes()) + " awake and working at "
                        + contract.wakingNight().display() + " = " + awakePay.display());
                return new Result(pay, contract.wakingNight(), work.awakeMinutes(), text + ".");
            }
            case BANK_HOLIDAY -> {
                return hourly(work, contract.bankHoliday(), "bank holiday rate");
            }
            default -> {
                Money own = switch (work.type()) {
                    case NIGHT -> contract.night();
                    case WAKING_NIGHT -> contract.wakingNight();
                    default -> isWeekend(date) ? contract.weekend() : contract.dayRate();
                };
                String ownName = switch (work.type()) {
                    case NIGHT -> "night rate";
                    case WAKING_NIGHT -> "waking-night rate";
                    default -> isWeekend(date) ? "weekend rate" : "day rate";
                };
                if (bankHoliday && contract.bankHoliday().compareTo(own) > 0) {
                    return hourly(work, contract.bankHoliday(), "bank holiday rate (" + bankHolidays.name(date).orElse("") + ")");
                }
                return hourly(work, own, ownName);
            }
        }
    }

    private static Result hourly(WorkPeriod work, Money rate, String rateName) {
        Money pay = hourlyPayHalfUpToPenny(rate, work.minutes());
        return new Result(pay, rate, work.minutes(), hours(work.minutes()) + " at the " + rateName + " of " + rate.display() + " = "
                + pay.display() + ".");
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Minutes at an hourly rate: pence × minutes ÷ 60, rounded half up to the penny. */
    public static Money hourlyPayHalfUpToPenny(Money hourlyRate, long minutes) {
        long numerator = Math.multiplyExact(hourlyRate.pence(), minutes);
        return Money.ofPence(Math.floorDiv(numerator + 30, 60));
    }

    /** {@code 4 h}, {@code 7 h 30 min}. */
    public static String hours(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }
}

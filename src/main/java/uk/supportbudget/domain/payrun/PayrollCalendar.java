package uk.supportbudget.domain.payrun;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.PayPeriod;
import uk.supportbudget.domain.rota.DateRange;

/**
 * Dates of the payroll year: which tax period a payday falls in (PAYE goes by the date of payment, not
 * the dates worked), the default payday, and when HMRC and the pension scheme must be paid.
 */
public final class PayrollCalendar {

    private PayrollCalendar() {
    }

    /** Tax month 1 runs 6 April to 5 May; tax week 1 is 6 to 12 April; a fortnight or four weeks are counted in tax weeks. */
    public static PayPeriod taxPeriod(PayFrequency frequency, LocalDate payDate) {
        TaxYear year = TaxYear.containing(payDate);
        if (frequency == PayFrequency.MONTHLY) {
            return new PayPeriod(frequency, taxMonth(payDate));
        }
        int week = (int) (ChronoUnit.DAYS.between(year.firstDay(), payDate) / 7) + 1;
        int units = frequency.unitsPerPeriod();
        return new PayPeriod(frequency, (week + units - 1) / units);
    }

    /** The tax month (1 to 12) a date falls in. */
    public static int taxMonth(LocalDate date) {
        TaxYear year = TaxYear.containing(date);
        int months = (date.getYear() * 12 + date.getMonthValue()) - (year.startYear() * 12 + 4);
        return months + (date.getDayOfMonth() >= 6 ? 1 : 0);
    }

    /** Monthly: the payday in the month the work period ends, moved back to Friday at a weekend. Weekly-based: the Friday after. */
    public static LocalDate defaultPayDate(PayrollSettings settings, DateRange workPeriod) {
        LocalDate last = workPeriod.last();
        if (settings.frequency() != PayFrequency.MONTHLY) {
            return last.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        }
        LocalDate day = last.withDayOfMonth(Math.min(settings.payday(), last.lengthOfMonth()));
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
        }
        return day;
    }

    /**
     * PAYE and NI paid electronically must reach HMRC by the 22nd after the tax month ends (the 5th), or
     * after the tax quarter ends (5 July, 5 October, 5 January, 5 April) for a small employer paying quarterly.
     */
    public static LocalDate hmrcDue(LocalDate payDate, boolean quarterly) {
        TaxYear year = TaxYear.containing(payDate);
        int month = taxMonth(payDate);
        int dueAfter = quarterly ? ((month - 1) / 3 + 1) * 3 : month;
        return LocalDate.of(year.startYear(), 4, 22).plusMonths(dueAfter);
    }

    /** Pension contributions deducted in one month are due to the scheme by its day of the following month. */
    public static LocalDate pensionDue(LocalDate payDate, int dueDay) {
        LocalDate next = payDate.plusMonths(1);
        return next.withDayOfMonth(Math.min(dueDay, next.lengthOfMonth()));
    }

    /** The FPS "hours normally worked" band for average weekly hours. */
    public static String hoursBand(BigDecimal hoursPerWeek) {
        if (hoursPerWeek.compareTo(new BigDecimal("16")) < 0) {
            return "A: up to 15.99 hours";
        }
        if (hoursPerWeek.compareTo(new BigDecimal("24")) < 0) {
            return "B: 16 to 23.99 hours";
        }
        if (hoursPerWeek.compareTo(new BigDecimal("30")) < 0) {
            return "C: 24 to 29.99 hours";
        }
        return "D: 30 hours or more";
    }
}

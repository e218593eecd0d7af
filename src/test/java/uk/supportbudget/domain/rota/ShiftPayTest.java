package uk.supportbudget.domain.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.staff.Contract;

class ShiftPayTest {

    /** Day £12.80, night £13.50, weekend £13.20, bank holiday £19.20, sleep-in £60.00, waking night £14.00. */
    private static final Contract CONTRACT = new Contract(1, 1, LocalDate.of(2026, 4, 1), null, new BigDecimal("20"), false,
            Money.parse("12.80"), Money.parse("13.50"), Money.parse("13.20"), Money.parse("19.20"), Money.parse("60.00"),
            Money.parse("14.00"), null, 4, PayFrequency.MONTHLY);
    private static final BankHolidays BANK_HOLIDAYS = new BankHolidays(Map.of(LocalDate.of(2026, 5, 4), "Early May bank holiday",
            LocalDate.of(2026, 12, 25), "Christmas Day"));

    @ParameterizedTest(name = "{0} {3} {1}–{2}, awake {4} min: {5}")
    @CsvSource({
            // weekday day shift: 4 h × £12.80
            "2026-05-05, 09:00, 13:00, DAY,          0,   51.20",
            // Saturday: weekend rate 4 h × £13.20
            "2026-05-09, 09:00, 13:00, DAY,          0,   52.80",
            // a day shift on a bank holiday gets the premium: 4 h × £19.20
            "2026-05-04, 09:00, 13:00, DAY,          0,   76.80",
            "2026-12-25, 10:00, 14:30, BANK_HOLIDAY, 0,   86.40",
            // a night on a bank holiday: £19.20 is higher than £13.50
            "2026-05-04, 22:00, 06:00, NIGHT,        0,  153.60",
            // sleep-in asleep all night: the flat allowance only
            "2026-05-06, 22:00, 07:00, SLEEP_IN,     0,   60.00",
            // woken 1 h 30 min to help: allowance + 1.5 h × £14.00
            "2026-05-06, 22:00, 07:00, SLEEP_IN,     90,  81.00",
            // a sleep-in on a bank holiday is still the flat allowance
            "2026-05-04, 22:00, 07:00, SLEEP_IN,     0,   60.00",
            // waking night: every hour paid at £14.00
            "2026-05-06, 22:00, 07:00, WAKING_NIGHT, 0,  126.00",
            // half up to the penny: 20 min × £12.80 = £4.2666… → £4.27
            "2026-05-05, 09:00, 09:20, DAY,          0,    4.27",
            // 25 min × £12.80 = £5.3333… → £5.33
            "2026-05-05, 09:00, 09:25, DAY,          0,    5.33"})
    void shiftsArePaidAtTheRateTheirKindAndDayCall(LocalDate date, LocalTime from, LocalTime to, ShiftType type, int awake, String pay) {
        WorkPeriod work = WorkPeriod.on(date, from, to, type).withAwakeMinutes(awake);
        assertEquals(Money.parse(pay), ShiftPay.pay(work, CONTRACT, BANK_HOLIDAYS).pay());
    }

    @ParameterizedTest(name = "{0} min at {1}: {2}")
    @CsvSource({"30, 12.71, 6.36", "90, 12.71, 19.07", "1, 12.71, 0.21", "45, 0.02, 0.02", "30, 0.01, 0.01", "20, 0.01, 0.00"})
    void hourlyPayRoundsHalfUpToThePenny(long minutes, String rate, String pay) {
        assertEquals(Money.parse(pay), ShiftPay.hourlyPayHalfUpToPenny(Money.parse(rate), minutes));
    }

    @ParameterizedTest
    @CsvSource({"2026-05-05, 12.80", "2026-05-09, 12.80", "2026-05-04, 12.80"})
    void contractsWithoutSeparateRatesPayTheDayRate(LocalDate date, String expectedRate) {
        Contract plain = new Contract(1, 1, LocalDate.of(2026, 4, 1), null, null, true, Money.parse("12.80"), null, null, null, null, null,
                null, 1, PayFrequency.WEEKLY);
        Money rate = ShiftPay.pay(WorkPeriod.on(date, LocalTime.of(9, 0), LocalTime.of(10, 0), ShiftType.DAY), plain, BANK_HOLIDAYS)
                .hourlyRate();
        assertEquals(Money.parse(expectedRate), rate);
    }

    @ParameterizedTest
    @CsvSource({"2026-05-01, 2026-05-31, 136.47"})
    void aTimesheetAddsEachShiftsRoundedPay(LocalDate first, LocalDate last, String total) {
        Timesheet sheet = new Timesheet(0, 1, new DateRange(first, last), PayFrequency.MONTHLY, null, List.of(
                new TimesheetLine(0, null, WorkPeriod.on(LocalDate.of(2026, 5, 5), LocalTime.of(9, 0), LocalTime.of(13, 0), ShiftType.DAY), ""),
                new TimesheetLine(0, null, WorkPeriod.on(LocalDate.of(2026, 5, 6), LocalTime.of(22, 0), LocalTime.of(7, 0), ShiftType.SLEEP_IN)
                        .withAwakeMinutes(90), ""),
                new TimesheetLine(0, null, WorkPeriod.on(LocalDate.of(2026, 5, 7), LocalTime.of(9, 0), LocalTime.of(9, 20), ShiftType.DAY), "")));
        // £51.20 + (£60.00 + £21.00) + £4.27
        assertEquals(Money.parse(total), sheet.pay(day -> CONTRACT, BANK_HOLIDAYS));
    }
}

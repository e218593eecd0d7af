package uk.supportbudget.domain.payrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.rota.DateRange;

/** Tax periods go by the payday; HMRC and the pension scheme are paid by the 22nd. */
class PayrollCalendarTest {

    @ParameterizedTest
    @CsvSource({
            "2026-04-06, MONTHLY, 1", "2026-04-28, MONTHLY, 1", "2026-05-05, MONTHLY, 1", "2026-05-06, MONTHLY, 2",
            "2027-03-26, MONTHLY, 12", "2027-04-05, MONTHLY, 12", "2026-04-06, WEEKLY, 1", "2026-04-12, WEEKLY, 1",
            "2026-04-13, WEEKLY, 2", "2027-04-05, WEEKLY, 53", "2026-04-20, FORTNIGHTLY, 2", "2026-05-03, FOUR_WEEKLY, 1",
            "2026-05-04, FOUR_WEEKLY, 2",
    })
    void taxPeriodOfThePayday(LocalDate payday, PayFrequency frequency, int expected) {
        assertEquals(expected, PayrollCalendar.taxPeriod(frequency, payday).number());
    }

    @ParameterizedTest
    @CsvSource({
            "2026-04-28, false, 2026-05-22", "2026-05-05, false, 2026-05-22", "2026-05-06, false, 2026-06-22",
            "2027-03-26, false, 2027-04-22", "2026-04-28, true, 2026-07-22", "2026-07-05, true, 2026-07-22",
            "2026-07-06, true, 2026-10-22", "2027-01-28, true, 2027-04-22",
    })
    void hmrcDueDates(LocalDate payday, boolean quarterly, LocalDate due) {
        assertEquals(due, PayrollCalendar.hmrcDue(payday, quarterly));
    }

    @ParameterizedTest
    @CsvSource({"2026-02-01, 2026-02-28, 28, 2026-02-27", "2026-06-01, 2026-06-30, 28, 2026-06-26", "2026-04-01, 2026-04-30, 31, 2026-04-30",
            "2026-05-01, 2026-05-31, 31, 2026-05-29"})
    void monthlyPaydayMovesBackToFridayAtAWeekend(LocalDate first, LocalDate last, int payday, LocalDate expected) {
        PayrollSettings settings = new PayrollSettings(PayFrequency.MONTHLY, payday, true, false, "NEST", PayrollSettings.defaults().pensionEmployeeRate(),
                PayrollSettings.defaults().pensionEmployerRate(), PayrollSettings.defaults().pensionRelief(), 22);
        assertEquals(expected, PayrollCalendar.defaultPayDate(settings, new DateRange(first, last)));
    }

    @ParameterizedTest
    @CsvSource({"2026-04-28, 22, 2026-05-22", "2027-01-29, 19, 2027-02-19"})
    void pensionDue(LocalDate payday, int day, LocalDate due) {
        assertEquals(due, PayrollCalendar.pensionDue(payday, day));
    }
}

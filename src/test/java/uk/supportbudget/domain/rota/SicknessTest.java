package uk.supportbudget.domain.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.service.payroll.RatesLoader;

class SicknessTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @ParameterizedTest(name = "{0} to {1}, {2}: {3} qualifying days, SSP £{4}")
    @CsvSource({
            // 2025-26: £118.75 a week, three waiting days: Mon–Fri sick = 2 paid days at £23.75
            "2025-26, 2025-11-03, 2025-11-07, 250.00, 5, 47.50",
            // below the lower earnings limit (£125) before April 2026: no SSP
            "2025-26, 2025-11-03, 2025-11-07, 100.00, 5, 0.00",
            // from 6 April 2026: from day one, the lower of £123.25 and 80% of earnings (£80.00): 5 × £16.00
            "2026-27, 2026-06-01, 2026-06-05, 100.00, 5, 80.00",
            // weekend days are not qualifying days for a weekday worker
            "2026-27, 2026-06-05, 2026-06-08, 400.00, 2, 49.30"})
    void sicknessFeedsStatutorySickPayOnQualifyingDays(String taxYear, LocalDate first, LocalDate last, String averageWeekly, int days,
                                                      String ssp) {
        Absence sick = Absence.sickness(1, new DateRange(first, last), WEEKDAYS, "Flu");
        assertEquals(days, sick.qualifyingDaysSick());
        assertEquals(Money.parse(ssp), sick.statutorySickPay(RatesLoader.standard().forYear(TaxYear.parse(taxYear)),
                Money.parse(averageWeekly), 0));
    }

    @Test
    void sicknessNeedsQualifyingDaysAndEndsAfterItStarts() {
        assertThrows(Refusal.class, () -> Absence.sickness(1, new DateRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2)), Set.of(), ""));
        assertThrows(Refusal.class, () -> new DateRange(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 1)));
    }
}

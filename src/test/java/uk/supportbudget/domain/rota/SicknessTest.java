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

class SicknessTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @ParameterizedTest(name = "{0} to {1}: {2} qualifying days")
    @CsvSource({"2025-11-03, 2025-11-07, 5", "2026-06-05, 2026-06-08, 2", "2026-06-06, 2026-06-07, 0"})
    void qualifyingDaysAreTheWeekdaysThePaNormallyWorks(LocalDate first, LocalDate last, int days) {
        // What SSP each day earns is StatutorySickPayDays' work, over the whole linked spell.
        assertEquals(days, Absence.sickness(1, new DateRange(first, last), WEEKDAYS, "Flu").qualifyingDaysSick());
    }

    @Test
    void sicknessNeedsQualifyingDaysAndEndsAfterItStarts() {
        assertThrows(Refusal.class, () -> Absence.sickness(1, new DateRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2)), Set.of(), ""));
        assertThrows(Refusal.class, () -> new DateRange(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 1)));
    }
}

package uk.supportbudget.domain.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;

class WorkPeriodTest {

    @ParameterizedTest(name = "{2} {0}–{1} lasts {3} minutes and ends on day +{4}")
    @CsvSource({
            "09:00, 13:00, DAY,          240, 0",
            "22:00, 07:00, SLEEP_IN,     540, 1",
            "22:00, 08:00, WAKING_NIGHT, 600, 1",
            "20:00, 00:00, NIGHT,        240, 1",
            "18:00, 00:00, DAY,          360, 1",
            "08:00, 08:00, NIGHT,        1440, 1",
            "10:00, 16:00, BANK_HOLIDAY, 360, 0"})
    void shiftsMayCrossMidnightWhenTheyAreOvernight(LocalTime from, LocalTime to, ShiftType type, long minutes, int nextDay) {
        WorkPeriod work = WorkPeriod.on(LocalDate.of(2026, 3, 3), from, to, type);
        assertEquals(minutes, work.minutes());
        assertEquals(LocalDate.of(2026, 3, 3).plusDays(nextDay), work.end().toLocalDate());
    }

    @ParameterizedTest(name = "{2} {0}–{1} is refused")
    @CsvSource({"13:00, 09:00, DAY", "09:00, 09:00, DAY", "17:00, 10:00, BANK_HOLIDAY"})
    void endBeforeStartIsRefusedWithASentence(LocalTime from, LocalTime to, ShiftType type) {
        Refusal refusal = assertThrows(Refusal.class, () -> WorkPeriod.on(LocalDate.of(2026, 3, 3), from, to, type));
        assertTrue(refusal.getMessage().contains("before it starts"), refusal.getMessage());
    }

    @ParameterizedTest(name = "{0}–{1} and {2}–{3} overlap: {4}")
    @CsvSource({
            "09:00, 13:00, 12:00, 16:00, true",
            "09:00, 13:00, 13:00, 16:00, false",
            "09:00, 13:00, 08:00, 09:00, false",
            "09:00, 13:00, 10:00, 11:00, true"})
    void overlapsAreHalfOpen(LocalTime a1, LocalTime a2, LocalTime b1, LocalTime b2, boolean overlap) {
        LocalDate day = LocalDate.of(2026, 3, 3);
        assertEquals(overlap, WorkPeriod.on(day, a1, a2, ShiftType.DAY).overlaps(WorkPeriod.on(day, b1, b2, ShiftType.DAY)));
    }
}

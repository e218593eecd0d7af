package uk.supportbudget.io.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The date order is decided once per file, from all its dates. */
class DateOrderDetectionTest {

    private static final String AMBIGUOUS = """
            Date,Description,Amount
            04/05/2025,A,-1.00
            06/07/2025,B,-2.00
            """;
    private static final String ONLY_MONTH_FIRST = """
            Date,Description,Amount
            04/05/2025,A,-1.00
            12/31/2025,B,-2.00
            """;

    private static ParsedStatement read(String csv, DateOrder order) {
        return StatementReader.read(csv.getBytes(StandardCharsets.UTF_8), "x.csv", ReadOptions.defaults().withDateOrder(order));
    }

    @Test
    void ambiguousFileIsReadDayFirst() {
        ParsedStatement statement = read(AMBIGUOUS, DateOrder.AUTO);
        assertEquals(DateOrder.DMY, statement.dateOrder());
        assertEquals(LocalDate.of(2025, 5, 4), statement.rows().get(0).date());
    }

    @Test
    void fileThatOnlyFitsMonthFirstIsReadMonthFirstThroughout() {
        ParsedStatement statement = read(ONLY_MONTH_FIRST, DateOrder.AUTO);
        assertEquals(DateOrder.MDY, statement.dateOrder());
        assertEquals(LocalDate.of(2025, 4, 5), statement.rows().get(0).date(), "the ambiguous row follows the file");
        assertEquals(LocalDate.of(2025, 12, 31), statement.rows().get(1).date());
    }

    @Test
    void explicitMonthFirstOverridesTheDayFirstDefault() {
        ParsedStatement statement = read(AMBIGUOUS, DateOrder.MDY);
        assertEquals(LocalDate.of(2025, 4, 5), statement.rows().get(0).date());
    }

    @Test
    void explicitDayFirstRejectsDatesThatOnlyFitMonthFirst() {
        ParsedStatement statement = read(ONLY_MONTH_FIRST, DateOrder.DMY);
        assertEquals(1, statement.rows().size());
        assertEquals("Line 3: 12/31/2025 is not a date.", statement.rejected().get(0).reason());
    }

    @Test
    void qifFilesAreDecidedTheSameWay() {
        assertEquals(DateOrder.DMY, Fixtures.read("dmy.qif").dateOrder());
        ParsedStatement monthFirst = Fixtures.read("mdy.qif");
        assertEquals(DateOrder.MDY, monthFirst.dateOrder());
        assertEquals(LocalDate.of(2025, 1, 5), monthFirst.rows().get(1).date());
        assertEquals(LocalDate.of(2025, 1, 15), monthFirst.rows().get(2).date());
    }
}

package uk.supportbudget.io.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private final DateParser dayFirst = DateParser.forOrder(DateOrder.DMY);
    private final DateParser monthFirst = DateParser.forOrder(DateOrder.MDY);

    @ParameterizedTest(name = "[{0}] day-first is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            31/01/2025              | 2025-01-31
            31/01/25                | 2025-01-31
            31-01-2025              | 2025-01-31
            31.01.2025              | 2025-01-31
            04/05/2025              | 2025-05-04
            31 Jan 2025             | 2025-01-31
            31-Jan-25               | 2025-01-31
            1 January 2025          | 2025-01-01
            5 Sept 2025             | 2025-09-05
            2025-01-31              | 2025-01-31
            2025-01-31T10:00:00Z    | 2025-01-31
            2018-02-26 17:43:35 +0000 | 2018-02-26
            31/01/2025 10:15        | 2025-01-31
            20250131                | 2025-01-31
            31/12'25                | 2025-12-31
            '31/01/2025             | 2025-01-31
            """)
    void readsUkDateForms(String text, LocalDate expected) {
        assertEquals(expected, dayFirst.parse(text));
    }

    @ParameterizedTest(name = "[{0}] month-first is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12/31/2025  | 2025-12-31
            12/31'25    | 2025-12-31
            1/ 5'25     | 2025-01-05
            04/05/2025  | 2025-04-05
            31 Jan 2025 | 2025-01-31
            2025-01-31  | 2025-01-31
            """)
    void monthFirstOnlyAffectsNumericDayMonthDates(String text, LocalDate expected) {
        assertEquals(expected, monthFirst.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2025", "32/01/2025", "00/01/2025", "31 Foo 2025", "yesterday", "", "12.50", "2025-13-01",
            "1/2/3", "31/01/20250"})
    void refusesWhatIsNotADate(String text) {
        assertNull(dayFirst.parse(text));
    }

    @Test
    void ambiguousFileIsReadDayFirst() {
        assertEquals(DateOrder.DMY, DateParser.decideOrder(List.of("04/05/2025", "06/07/2025"), DateOrder.AUTO));
    }

    @Test
    void fileWhoseDatesOnlyFitMonthFirstIsReadMonthFirst() {
        assertEquals(DateOrder.MDY, DateParser.decideOrder(List.of("04/05/2025", "12/31/2025"), DateOrder.AUTO));
    }

    @Test
    void oneDayFirstOnlyDateKeepsTheWholeFileDayFirst() {
        assertEquals(DateOrder.DMY, DateParser.decideOrder(List.of("12/31/2025", "31/12/2025"), DateOrder.AUTO));
    }

    @Test
    void explicitOrderWins() {
        assertEquals(DateOrder.MDY, DateParser.decideOrder(List.of("04/05/2025"), DateOrder.MDY));
        assertEquals(DateOrder.DMY, DateParser.decideOrder(List.of("12/31/2025"), DateOrder.DMY));
    }

    @Test
    void patternFromTheMappingDialogIsReadStrictly() {
        DateParser dotted = DateParser.forPattern("yyyy.MM.dd");
        assertEquals(LocalDate.of(2025, 1, 31), dotted.parse("2025.01.31"));
        assertNull(dotted.parse("2025.02.30"));
    }
}

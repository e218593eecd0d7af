package uk.supportbudget.io.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

    @ParameterizedTest(name = "[{0}] is {1}p")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            -12.00        | -1200
            12.00         | 1200
            12            | 1200
            12.5          | 1250
            £1,234.56     | 123456
            -£1,234.56    | -123456
            £-12.00       | -1200
            (12.00)       | -1200
            (£12.00)      | -1200
            12.00 CR      | 1200
            12.00 DR      | -1200
            12.00DR       | -1200
            12.00-        | -1200
            +12.00        | 1200
            GBP 5.00      | 500
            '12.00        | 1200
            \u00a0-3.50\u00a0  | -350
            −3.50         | -350
            1,000,000.00  | 100000000
            1,000         | 100000
            12.3400       | 1234
            .50           | 50
            """)
    void readsAmountsAsBanksPrintThem(String text, long pence) throws Exception {
        assertEquals(pence, AmountParser.parse(text.replace("\\u00a0", "\u00a0")).pence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"twelve", "12.345", "1.2.3", "12,00.5.", "£", "12 apples", "1e3", "--12", "12.00 GBP EUR", "3,00", "1,23.00", "12,3456.00"})
    void refusesWhatIsNotAnAmount(String text) {
        assertThrows(AmountParser.NotAnAmount.class, () -> AmountParser.parse(text));
    }

    @Test
    void blankCellsAreNoAmountRatherThanZero() throws Exception {
        assertNull(AmountParser.parseOrNull(""));
        assertNull(AmountParser.parseOrNull("  "));
        assertNull(AmountParser.parseOrNull("\u00a0"));
        assertNull(AmountParser.parseOrNull("-"));
    }
}

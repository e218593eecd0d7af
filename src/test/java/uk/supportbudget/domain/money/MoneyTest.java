package uk.supportbudget.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.supportbudget.domain.Refusal;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"1156.25,115625", "-12.00,-1200", "0.00,0", "0.01,1", "-0.99,-99"})
    void strictFormReadsPoundsWithTwoDecimals(String text, long pence) {
        assertEquals(pence, Money.parse(text).pence());
        assertEquals(text, Money.parse(text).plain());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "12.5", "1,000.00", "£3.00", "1e3", "", "abc", "12.345"})
    void strictFormRefusesAnythingElse(String text) {
        assertThrows(Refusal.class, () -> Money.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"£1,156.25|115625", "12|1200", "12.5|1250", "-3.10|-310", "(4.00)|-400", " 7.05 |705", ".5|50"})
    void lenientFormReadsWhatPeopleType(String text, long pence) {
        assertEquals(pence, Money.parseLenient(text).pence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"twelve", "1.234", "--1", "", "-", "."})
    void lenientFormRefusesLettersAndFractionsOfPence(String text) {
        assertThrows(Refusal.class, () -> Money.parseLenient(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"115625|£1,156.25", "-1200|-£12.00", "5|£0.05"})
    void displayUsesPoundSignAndThousands(long pence, String shown) {
        assertEquals(shown, Money.ofPence(pence).display());
    }
}

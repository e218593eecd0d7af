package uk.supportbudget.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;

class NiNumberTest {

    @ParameterizedTest(name = "{0} is accepted and shown as {1}")
    @CsvSource({
            "QQ123456C,     QQ 12 34 56 C",
            "qq 12 34 56 c, QQ 12 34 56 C",
            "' AB123456A ', AB 12 34 56 A",
            "JZ 98 76 54 D, JZ 98 76 54 D",
            "CE123456B,     CE 12 34 56 B",
            "OA123456A,     OA 12 34 56 A"})
    void validNumbersAreAcceptedInAnySpacingAndCase(String typed, String shown) {
        NiNumber number = NiNumber.parse(typed);
        assertEquals(shown, number.display());
        assertEquals(shown.replace(" ", ""), number.value());
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
            "DA123456A, first letter D",
            "FA123456A, first letter F",
            "IA123456A, first letter I",
            "QA123456A, first letter Q (not the QQ example)",
            "UA123456A, first letter U",
            "VA123456A, first letter V",
            "AD123456A, second letter D",
            "AF123456A, second letter F",
            "AI123456A, second letter I",
            "AO123456A_X, junk after the suffix",
            "AO123456A, second letter O",
            "AQ123456A, second letter Q",
            "AU123456A, second letter U",
            "AV123456A, second letter V",
            "BG123456A, prefix BG",
            "GB123456A, prefix GB",
            "KN123456A, prefix KN",
            "NK123456A, prefix NK",
            "NT123456A, prefix NT",
            "TN123456A, prefix TN",
            "ZZ123456A, prefix ZZ",
            "QQ123456E, suffix E",
            "QQ12345C,  five digits",
            "QQ1234567C, seven digits",
            "Q1123456C, digit in prefix",
            "'', empty"})
    void invalidNumbersAreRefusedWithASentence(String typed, String why) {
        Refusal refusal = assertThrows(Refusal.class, () -> NiNumber.parse(typed), why);
        assertTrue(refusal.getMessage().endsWith("."), refusal.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"QQ123456C, QQ \u2022\u2022 \u2022\u2022 \u2022\u2022 C"})
    void maskedDisplayHidesTheDigits(String typed, String masked) {
        assertEquals(masked, NiNumber.parse(typed).masked());
        assertEquals(masked, NiNumber.parse(typed).toString());
    }
}

package uk.supportbudget.domain.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.supportbudget.domain.Refusal;

/** Tax years, frequencies, percentages and the named HMRC roundings. */
class PayrollMoneyTest {

    @ParameterizedTest
    @CsvSource({"2025-26, 2025", "2024/25, 2024", "2026-2027, 2026", "' 2099-00 ', 2099"})
    void taxYearReadsHmrcForms(String text, int start) {
        assertEquals(start, TaxYear.parse(text).startYear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-27", "2025", "25-26", "", "2025-2025", "abcd-ef"})
    void taxYearRefusesImpossibleYears(String text) {
        assertThrows(Refusal.class, () -> TaxYear.parse(text));
    }

    @Test
    void taxYearStartsOnSixthOfApril() {
        assertEquals("2024-25", TaxYear.containing(LocalDate.of(2025, 4, 5)).toString());
        assertEquals("2025-26", TaxYear.containing(LocalDate.of(2025, 4, 6)).toString());
        assertEquals(LocalDate.of(2026, 4, 5), TaxYear.parse("2025-26").lastDay());
    }

    @ParameterizedTest
    @CsvSource({"weekly, WEEKLY, 53", "fortnightly, FORTNIGHTLY, 27", "four-weekly, FOUR_WEEKLY, 14", "4-weekly, FOUR_WEEKLY, 14",
            "Monthly, MONTHLY, 12"})
    void payFrequencyKnowsItsLastPeriod(String text, PayFrequency frequency, int last) {
        assertEquals(frequency, PayFrequency.parse(text));
        assertEquals(last, frequency.lastPossiblePeriod());
    }

    @Test
    void unknownFrequencyIsRefused() {
        assertThrows(Refusal.class, () -> PayFrequency.parse("daily"));
    }

    @ParameterizedTest
    @CsvSource({"20, 2000, 20%", "13.8, 1380, 13.8%", "1.85, 185, 1.85%", "0, 0, 0%"})
    void percentagesAreExactBasisPoints(String text, int basisPoints, String shown) {
        assertEquals(basisPoints, Percentage.parse(text).basisPoints());
        assertEquals(shown, Percentage.parse(text).toString());
    }

    @ParameterizedTest
    @CsvSource({
            // raw = pence x basis points (units of 1e-4 pence). £15.0045 -> 15.00 (third decimal 4)
            "15004500, 1500",
            // 0.015 exactly -> 0.01 (half a penny is disregarded)
            "15000, 1",
            // 0.0156: the third decimal is 5 and the 6 after it is ignored -> 0.01
            "15600, 1",
            // 0.0160 -> 0.02
            "16000, 2",
            // 110.8875 -> 110.89
            "110887500, 11089",
            "0, 0",
    })
    void niRoundingLooksOnlyAtTheThirdDecimalPlace(long raw, long pence) {
        assertEquals(pence, Rounding.niRoundHalfPennyOrLessDown(raw));
    }

    @Test
    void payeRoundingsFollowTheSpecification() {
        assertEquals(21492, Rounding.payAdjustmentRoundUpToPenny(257_900, 12));
        assertEquals(107, Rounding.taxablePayRoundDownToPound(10_799));
        assertEquals(-1, Rounding.taxablePayRoundDownToPound(-1));
        assertEquals(3142, Rounding.incomeTestValueRoundUpToPound(37_700, 1, 12));
        assertEquals(31_416_666, Rounding.thresholdTruncatedToFourPlaces(377_000_000, 1, 12));
        assertEquals(2140, Rounding.taxRoundDownToPenny(214_099));
        assertEquals(15_000, Rounding.overridingLimitRoundDownToPenny(30_000, Percentage.ofWholePercent(50)));
        assertEquals(5_600, Rounding.studentLoanRoundDownToPound(5_647));
    }
}

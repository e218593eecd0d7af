package uk.supportbudget.domain.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;

class NiCalculatorTest {

    private static NiResult ni(String year, String frequency, String category, String gross) {
        return NiCalculator.calculate(TestRates.year(year), NiCategory.parse(category), PayFrequency.parse(frequency), Money.parse(gross));
    }

    @ParameterizedTest(name = "{0}: {1} {2} cat {3} {4} -> {5} / {6}")
    @CsvSource({
            // rule, year, frequency, category, gross, employee, employer
            // (1156.25 - 1048) x 8% = 8.66; (1156.25 - 417) x 15% = 110.8875 -> third decimal 8 -> 110.89
            "categoryAMainRateAboveThePrimaryThreshold, 2025-26, monthly, A, 1156.25, 8.66, 110.89",
            // Below the LEL (125) but above the ST (96): employer pays 14 x 15% = 2.10
            "employerNiIsDueAboveSecondaryThresholdEvenBelowLowerEarningsLimit, 2025-26, weekly, A, 110.00, 0.00, 2.10",
            // 2024-25: ST 758 monthly, 13.8%: 2242 x 13.8% = 309.396 -> third decimal 6 rounds up -> 309.40
            "twentyFourTwentyFiveEmployerRateIsThirteenPointEight, 2024-25, monthly, A, 3000.00, 156.16, 309.40",
            // 0.07 x 8% = 0.0056: HMRC reads the third decimal (5) only, so it rounds DOWN although 0.0056 > half a penny
            "niDigitsBeyondTheThirdDecimalAreIgnored, 2025-26, monthly, A, 1048.07, 0.00, 94.66",
            "niThirdDecimalSixRoundsUp, 2025-26, monthly, A, 1048.08, 0.01, 94.66",
            // 0.10 x 15% = 0.015 exactly: a half penny is disregarded
            "niExactHalfPennyRoundsDown, 2025-26, monthly, A, 417.10, 0.00, 0.01",
            // 0.11 x 15% = 0.0165 -> 0.02
            "niMoreThanHalfPennyRoundsUp, 2025-26, monthly, A, 417.11, 0.00, 0.02",
            // B: 3141 x 1.85% = 58.1085 + 811 x 2% = 16.22 -> 74.3285 -> 74.33 (one rounding of the sum)
            "categoryBReducedRateThenTwoPercentAboveUel, 2025-26, monthly, B, 5000.00, 74.33, 687.45",
            "categoryCPaysNoEmployeeNi, 2025-26, monthly, C, 5000.00, 0.00, 687.45",
            // H: employer 0% up to AUST 4189, 15% above: 811 x 15% = 121.65; employee as A: 3141 x 8% + 811 x 2% = 267.50
            "categoryHApprenticeEmployerOnlyAboveApprenticeUpperSecondaryThreshold, 2025-26, monthly, H, 5000.00, 267.50, 121.65",
            "categoryHApprenticeBelowAustCostsEmployerNothing, 2025-26, monthly, H, 3000.00, 156.16, 0.00",
            // J: 2% on everything above the PT: 3952 x 2% = 79.04
            "categoryJDeferredPaysTwoPercentAbovePrimaryThreshold, 2025-26, monthly, J, 5000.00, 79.04, 687.45",
            "categoryMUnderTwentyOneEmployerOnlyAboveUpperSecondaryThreshold, 2025-26, monthly, M, 5000.00, 267.50, 121.65",
            "categoryMUnderTwentyOneBelowUstCostsEmployerNothing, 2025-26, monthly, M, 4189.00, 251.28, 0.00",
            "categoryVVeteranEmployerOnlyAboveVust, 2025-26, monthly, V, 5000.00, 267.50, 121.65",
            "categoryXPaysNothing, 2025-26, monthly, X, 5000.00, 0.00, 0.00",
            "categoryZUnderTwentyOneDeferred, 2025-26, monthly, Z, 5000.00, 79.04, 121.65",
            // F: employer 0% up to FUST 2083: 917 x 15% = 137.55
            "categoryFFreeportEmployerOnlyAboveFreeportThreshold, 2025-26, monthly, F, 3000.00, 156.16, 137.55",
            "categoryIFreeportReducedRate, 2025-26, monthly, I, 3000.00, 36.11, 137.55",
            "categoryLFreeportDeferred, 2025-26, monthly, L, 3000.00, 39.04, 137.55",
            "categorySFreeportOverPensionAge, 2025-26, monthly, S, 3000.00, 0.00, 137.55",
            // Fortnightly and four-weekly use HMRC's own thresholds: 2025-26 fortnightly ST is 193 (not 2 x 96 = 192)
            "fortnightlySecondaryThresholdIsHmrcsOwnFigure, 2025-26, fortnightly, A, 200.00, 0.00, 1.05",
            // four-weekly PT is 967 (not 4 x 242 = 968): 1000 - 967 = 33 x 8% = 2.64; ST 385: 615 x 15% = 92.25
            "fourWeeklyPrimaryThresholdIsHmrcsOwnFigure, 2025-26, four-weekly, A, 1000.00, 2.64, 92.25",
            // 2026-27 weekly: PT 242, ST 96
            "twentySixTwentySevenWeekly, 2026-27, weekly, A, 300.00, 4.64, 30.60",
            "zeroPayZeroNi, 2025-26, weekly, A, 0.00, 0.00, 0.00",
            // Pay exactly at the thresholds: nothing yet
            "payExactlyAtThresholdsPaysNothing, 2025-26, monthly, A, 417.00, 0.00, 0.00",
    })
    void niRuleTable(String rule, String year, String frequency, String category, String gross, String employee, String employer) {
        NiResult result = ni(year, frequency, category, gross);
        assertEquals(employee, result.employee().plain(), rule + " employee");
        assertEquals(employer, result.employer().plain(), rule + " employer");
    }

    @ParameterizedTest(name = "[{index}] {0} {1} cat {2} {3} -> {4} / {5}")
    @CsvFileSource(resources = "/payroll/ni-reference.csv", numLinesToSkip = 1)
    void agreesWithIndependentReferenceForEveryCategoryFrequencyAndYear(String year, String frequency, String category, String gross,
            String employee, String employer) {
        NiResult result = ni(year, frequency, category, gross);
        assertEquals(employee, result.employee().plain());
        assertEquals(employer, result.employer().plain());
    }

    @ParameterizedTest
    @CsvSource({
            "2024-25, weekly, 122.99, false", "2024-25, weekly, 123.00, true", "2025-26, monthly, 541.99, false",
            "2025-26, monthly, 542.00, true", "2026-27, monthly, 558.99, false", "2026-27, monthly, 559.00, true",
            "2026-27, fortnightly, 258.00, true", "2026-27, four-weekly, 515.99, false",
    })
    void earningsAtTheLowerEarningsLimitCountForStatePension(String year, String frequency, String gross, boolean qualifying) {
        assertEquals(qualifying, ni(year, frequency, "A", gross).earningsAtOrAboveLowerEarningsLimit());
    }

    @Test
    void niIsNeverNegativeAndNegativeEarningsAreRefused() {
        assertThrows(Refusal.class, () -> ni("2025-26", "monthly", "A", "-5.00"));
        NiResult nothing = ni("2025-26", "monthly", "A", "0.01");
        assertFalse(nothing.employee().isNegative());
        assertFalse(nothing.employer().isNegative());
    }

    @Test
    void explanationNamesCategoryThresholdsAndRates() {
        String text = ni("2025-26", "monthly", "A", "1156.25").explanation();
        assertTrue(text.contains("category A"), text);
        assertTrue(text.contains("8% between £1,048.00 and £4,189.00"), text);
        assertTrue(text.contains("15% above £417.00 = £110.89"), text);
    }

    @Test
    void unknownCategoryIsRefused() {
        assertThrows(Refusal.class, () -> NiCategory.parse("Q"));
        assertEquals(NiCategory.A, NiCategory.parse(" a "));
    }
}

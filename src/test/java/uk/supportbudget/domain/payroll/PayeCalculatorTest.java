package uk.supportbudget.domain.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.Percentage;

class PayeCalculatorTest {

    private static String tax(String year, String frequency, int period, String code, boolean weekOneMonthOne, String gross,
            String previousPay, String previousTax) {
        return result(year, frequency, period, code, weekOneMonthOne, gross, previousPay, previousTax).tax().plain();
    }

    private static PayeResult result(String year, String frequency, int period, String code, boolean weekOneMonthOne, String gross,
            String previousPay, String previousTax) {
        return PayeCalculator.calculate(TestRates.year(year), TaxCode.parse(code).withNonCumulative(weekOneMonthOne),
                new PayPeriod(PayFrequency.parse(frequency), period), Money.parse(gross), Money.parse(previousPay), Money.parse(previousTax));
    }

    @Test
    void sanityAnchorFromCliMd1257LMonthOne() {
        // 1257 = 2 x 500 + 257. Each 500 block monthly: 5000 / 12 = 416.666.. rounded up = 416.67.
        // 257: (257 x 10 + 9) / 12 = 214.9166.. rounded up = 214.92. Free pay 2 x 416.67 + 214.92 = 1048.26.
        // Taxable 1156.25 - 1048.26 = 107.99 -> 107 (down to the pound); 107 x 20% = 21.40.
        PayeResult result = result("2025-26", "monthly", 1, "1257L", false, "1156.25", "0.00", "0.00");
        assertEquals("21.40", result.tax().plain());
        assertEquals("1048.26", result.freePay().plain());
        assertEquals("107.99", result.taxablePay().plain());
        assertTrue(result.cumulative());
        assertTrue(result.explanation().contains("code 1257L, month 1"), result.explanation());
    }

    @ParameterizedTest(name = "{0}: {1} {2} p{3} {4} W1={5} gross {6} prev {7}/{8} -> {9}")
    @CsvSource({
            // rule, year, frequency, period, code, w1, gross, prevPay, prevTax, expected
            // Month 3 cumulative: free pay 3 x 1048.26 = 3144.78; pay to date 3468.75; taxable 323.97 -> 323 x 20% = 64.60; less 42.80 = 21.80
            "cumulativeMonthThreeDeductsTaxDueToDateLessTaxPaid, 2025-26, monthly, 3, 1257L, false, 1156.25, 2312.50, 42.80, 21.80",
            // Taxable 5000 - 1048.26 = 3951.74 > 3142 (37700/12 rounded up) so higher-rate formula: k1 = 7540/12 = 628.3333,
            // c1 = 37700/12 = 3141.6666; 628.3333 + (3951 - 3141.6666) x 40% = 952.0666 -> 952.06
            "higherRateUsesFourDecimalThresholdsNotRoundedBands, 2025-26, monthly, 1, 1257L, false, 5000.00, 0.00, 0.00, 952.06",
            // K585 month 1: 585 = 500 + 85: additional pay 416.67 + (859 / 12 = 71.583 -> 71.59) = 488.26; taxable 988.26 -> 988 x 20% = 197.60
            "taxCodeK585MonthOneAddsAdditionalPay, 2025-26, monthly, 1, K585, false, 500.00, 0.00, 0.00, 197.60",
            // K585, pay 300: taxable 788.26 -> 157.60 but no more than 50% of 300.00 may be deducted -> 150.00
            "taxCodeK585MonthOneAppliesOverridingLimit, 2025-26, monthly, 1, K585, false, 300.00, 0.00, 0.00, 150.00",
            // BR: whole pay rounded down to the pound at 20%: 1000 x 20% = 200.00
            "codeBRTaxesWholePayRoundedDownToPoundAtBasicRate, 2025-26, monthly, 1, BR, false, 1000.99, 0.00, 0.00, 200.00",
            "codeD0TaxesWholePayAtHigherRate, 2025-26, weekly, 1, D0, false, 500.50, 0.00, 0.00, 200.00",
            "codeD1TaxesWholePayAtAdditionalRate, 2025-26, weekly, 1, D1, false, 500.50, 0.00, 0.00, 225.00",
            "codeSD0TaxesWholePayAtScottishIntermediateRate, 2025-26, weekly, 1, SD0, false, 500.50, 0.00, 0.00, 105.00",
            "codeSD1TaxesWholePayAtScottishHigherRate, 2025-26, weekly, 1, SD1, false, 500.50, 0.00, 0.00, 210.00",
            "codeSD2TaxesWholePayAtScottishAdvancedRate, 2025-26, weekly, 1, SD2, false, 500.50, 0.00, 0.00, 225.00",
            "codeSD3TaxesWholePayAtScottishTopRate, 2025-26, weekly, 1, SD3, false, 500.50, 0.00, 0.00, 240.00",
            "codeSBRTaxesWholePayAtScottishBasicRate, 2025-26, weekly, 1, SBR, false, 500.50, 0.00, 0.00, 100.00",
            "codeCBRTaxesWholePayAtWelshBasicRate, 2025-26, weekly, 1, CBR, false, 500.50, 0.00, 0.00, 100.00",
            "codeCD0TaxesWholePayAtWelshHigherRate, 2025-26, weekly, 1, CD0, false, 500.50, 0.00, 0.00, 200.00",
            "codeCD1TaxesWholePayAtWelshAdditionalRate, 2025-26, weekly, 1, CD1, false, 500.50, 0.00, 0.00, 225.00",
            "codeNTDeductsNothing, 2025-26, monthly, 1, NT, false, 9000.00, 0.00, 0.00, 0.00",
            "codeNTCumulativeRefundsTaxPaidEarlierInTheYear, 2025-26, monthly, 4, NT, false, 900.00, 2700.00, 50.00, -50.00",
            "codeNTOnWeekOneBasisNeverRefunds, 2025-26, monthly, 4, NT, true, 900.00, 2700.00, 50.00, 0.00",
            // 0T: no free pay; 1000 x 20% = 200.00
            "code0THasNoFreePay, 2025-26, monthly, 1, 0T, false, 1000.00, 0.00, 0.00, 200.00",
            // Scotland month 1: taxable 1951.74 sits in the intermediate band (<= 2591 = 31092/12). k2 = (2827 x 19% +
            // 12094 x 20%) / 12 = 246.3275; c2 = 14921/12 = 1243.4166; 246.3275 + (1951 - 1243.4166) x 21% = 394.9200 -> 394.92
            "scottishCodeUsesSixScottishBands, 2025-26, monthly, 1, S1257L, false, 3000.00, 0.00, 0.00, 394.92",
            "scottishBandsFor2026To27WidenStarterAndBasic, 2026-27, monthly, 1, S1257L, false, 3000.00, 0.00, 0.00, 392.27",
            "scottishBandsFor2024To25, 2024-25, monthly, 1, S1257L, false, 3000.00, 0.00, 0.00, 396.12",
            "welshCodeUsesRestOfUkBands, 2025-26, monthly, 1, C1257L, false, 5000.00, 0.00, 0.00, 952.06",
            // Month 2 with no pay: free pay 2096.52 against pay to date 3000 leaves 903.48 -> 180.60 due; 390.20 paid -> refund 209.60
            "cumulativeCodeRefundsOverpaidTax, 2025-26, monthly, 2, 1257L, false, 0.00, 3000.00, 390.20, -209.60",
            "monthOneBasisNeverRefunds, 2025-26, monthly, 2, 1257L, true, 0.00, 3000.00, 390.20, 0.00",
            // Week 53: week 1 basis whatever went before. Weekly free pay 2 x 96.16 + 2579/52 (49.596 -> 49.60) = 241.92;
            // 500 - 241.92 = 258.08 -> 258 x 20% = 51.60
            "weekFiftyThreeIsTaxedOnWeekOneBasis, 2025-26, weekly, 53, 1257L, false, 500.00, 26000.00, 2700.00, 51.60",
            // Fortnight 27 is week 54: two weeks' free pay 483.84 and two weeks' band; 1000 - 483.84 = 516.16 -> 103.20
            "weekFiftyFourFortnightlyIsTaxedOnTwoWeekBasis, 2025-26, fortnightly, 27, 1257L, false, 1000.00, 26000.00, 2700.00, 103.20",
            // Four-week period 14 is week 56: free pay 4 x 241.92 = 967.68; 2000 - 967.68 = 1032.32 -> 206.40
            "weekFiftySixFourWeeklyIsTaxedOnFourWeekBasis, 2025-26, four-weekly, 14, 1257L, false, 2000.00, 26000.00, 2700.00, 206.40",
            // Fortnight 3 ends in week 6: free pay 6 x 241.92 = 1451.52; 3000 - 1451.52 = 1548.48 -> 309.60; less 103.20 = 206.40
            "fortnightlyCumulativeCountsTaxWeeks, 2025-26, fortnightly, 3, 1257L, false, 1000.00, 2000.00, 103.20, 206.40",
            // 1000L: (1000 - 1) / 500 = 1 block, remainder 500: (5009/12 = 417.4166 -> 417.42) + 416.67 = 834.09; 165.91 -> 33.00
            "codeExactlyOneThousandSplitsIntoOneBlockAndFiveHundred, 2025-26, monthly, 1, 1000L, false, 1000.00, 0.00, 0.00, 33.00",
            // Month 12, pay to date 240,000: taxable 227,420.88 -> 227,420; 7540 + 34976 + (227420 - 125140) x 45% = 88542.00; less 80000
            "additionalRateAtYearEndNoPersonalAllowanceTaper, 2025-26, monthly, 12, 1257L, false, 20000.00, 220000.00, 80000.00, 8542.00",
            // Emergency code on a month 1 basis ignores the previous figures entirely
            "emergencyCodeMonthOneIgnoresPreviousPay, 2025-26, monthly, 6, '1257L M1', false, 1156.25, 9000.00, 1.00, 21.40",
            "trailingXMeansNonCumulative, 2025-26, monthly, 6, '1257L X', false, 1156.25, 9000.00, 1.00, 21.40",
            "weekOneFlagMeansNonCumulative, 2025-26, monthly, 6, 1257L, true, 1156.25, 9000.00, 1.00, 21.40",
            // Pay below free pay: nothing due, nothing to refund
            "payBelowFreePayMonthOneIsTaxFree, 2025-26, monthly, 1, 1257L, false, 1048.26, 0.00, 0.00, 0.00",
            "payOnePoundAboveFreePayStillTaxFreeAfterRoundingDown, 2025-26, monthly, 1, 1257L, false, 1049.25, 0.00, 0.00, 0.00",
            "payOnePoundOnePenceAboveFreePayTaxesOnePound, 2025-26, monthly, 1, 1257L, false, 1049.26, 0.00, 0.00, 0.20",
    })
    void payeRuleTable(String rule, String year, String frequency, int period, String code, boolean weekOneMonthOne, String gross,
            String previousPay, String previousTax, String expected) {
        assertEquals(expected, tax(year, frequency, period, code, weekOneMonthOne, gross, previousPay, previousTax), rule);
    }

    @ParameterizedTest(name = "code {0} {1}: week/month 1 pay adjustment {2}")
    @CsvSource({
            // code, frequency, pence. Weekly block 5000/52 = 96.153.. -> 96.16; monthly 416.67
            "0, monthly, 0", "1, monthly, 159", "1, weekly, 37", "257, monthly, 21492", "257, weekly, 4960",
            "500, monthly, 41742", "500, weekly, 9633", "501, monthly, 41826", "1000, monthly, 83409", "1001, monthly, 83493",
            "1257, monthly, 104826", "1257, weekly, 24192", "585, monthly, 48826", "100, monthly, 8409", "255, monthly, 21325",
            "510, weekly, 9826", "560, monthly, 46742", "9999, monthly, 833332",
    })
    void freePayFromCodeNumberSplitsIntoBlocksOfFiveHundred(int code, String frequency, long pence) {
        assertEquals(pence, PayeCalculator.periodOnePayAdjustment(code, PayFrequency.parse(frequency).taxUnitsPerYear()));
    }

    /** HMRC's published test data (Notes for payroll software developers, Annex B, 2009-10: basic 20% to £37,400, higher 40%). */
    @ParameterizedTest(name = "HMRC 2009-10 {0} {1} {2}: adjustment {4} taxable {5} tax to date {6}")
    @CsvSource({
            "510L, weekly, 8, 2046.15, 786.08, 1260.07, 252.00",
            "510L, weekly, 29, 3091.22, 2849.54, 241.68, 48.20",
            "560T, monthly, 3, 2750.00, 1402.26, 1347.74, 269.40",
            "560T, monthly, 10, 21287.75, 4674.20, 16613.55, 3322.60",
            "K255, monthly, 5, 6023.66, 1066.25, 7089.91, 1417.80",
            "K255, monthly, 8, 32799.98, 1706.00, 34505.98, 8815.33",
    })
    void hmrcPublishedTestDataIsReproducedToThePenny(String code, String frequency, int period, String payToDate,
            String adjustment, String taxable, String taxToDate) {
        RegionBands bands2009 = new RegionBands(List.of("basic", "higher"), List.of(Percentage.ofWholePercent(20),
                Percentage.ofWholePercent(40)), List.of(37_400L), 0);
        TaxCode taxCode = TaxCode.parse(code);
        int base = PayFrequency.parse(frequency).taxUnitsPerYear();
        long adjustmentPence = PayeCalculator.periodOnePayAdjustment(taxCode.number(), base) * period;
        assertEquals(adjustment, Money.ofPence(adjustmentPence).plain());
        long taxablePence = taxCode.kind() == TaxCode.Kind.K ? Money.parse(payToDate).pence() + adjustmentPence
                : Money.parse(payToDate).pence() - adjustmentPence;
        assertEquals(taxable, Money.ofPence(taxablePence).plain());
        assertEquals(taxToDate, Money.ofPence(PayeCalculator.taxDueOnTaxablePay(bands2009, taxablePence, period, base)).plain());
    }

    @ParameterizedTest(name = "[{index}] {0} {1} p{2} {3} W1={4} gross {5} prev {6}/{7} -> {8}")
    @CsvFileSource(resources = "/payroll/paye-reference.csv", numLinesToSkip = 1)
    void agreesWithIndependentReferenceAcrossYearsFrequenciesAndCodes(String year, String frequency, int period, String code,
            boolean weekOneMonthOne, String gross, String previousPay, String previousTax, String expected) {
        assertEquals(expected, tax(year, frequency, period, code, weekOneMonthOne, gross, previousPay, previousTax));
    }

    @Test
    void kCodeOverridingLimitIsReportedAndExplained() {
        PayeResult result = result("2025-26", "monthly", 1, "K585", false, "300.00", "0.00", "0.00");
        assertTrue(result.overridingLimitApplied());
        assertEquals("488.26", result.additionalPay().plain());
        assertTrue(result.explanation().contains("overriding limit"), result.explanation());
    }

    @Test
    void refundIsExplainedAsRefund() {
        PayeResult result = result("2025-26", "monthly", 2, "1257L", false, "0.00", "3000.00", "390.20");
        assertTrue(result.explanation().endsWith("refund £209.60."), result.explanation());
        assertFalse(result.overridingLimitApplied());
    }

    @Test
    void negativeGrossIsRefused() {
        assertThrows(Refusal.class, () -> result("2025-26", "monthly", 1, "1257L", false, "-1.00", "0.00", "0.00"));
    }

    @ParameterizedTest
    @CsvSource({"monthly, 13", "monthly, 0", "weekly, 54", "fortnightly, 28", "four-weekly, 15"})
    void periodOutsideTheTaxYearIsRefused(String frequency, int period) {
        Refusal refusal = assertThrows(Refusal.class, () -> new PayPeriod(PayFrequency.parse(frequency), period));
        assertTrue(refusal.getMessage().startsWith("Period " + period + " does not exist"), refusal.getMessage());
    }

    @Test
    void everyRegionHasBandsInEveryShippedYear() {
        for (String year : List.of("2024-25", "2025-26", "2026-27")) {
            Map<TaxRegion, RegionBands> bands = TestRates.year(year).incomeTax();
            assertEquals(3, bands.get(TaxRegion.REST_OF_UK).bandCount());
            assertEquals(6, bands.get(TaxRegion.SCOTLAND).bandCount());
            assertEquals(bands.get(TaxRegion.REST_OF_UK), bands.get(TaxRegion.WALES));
        }
    }
}

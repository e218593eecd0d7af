package uk.supportbudget.service.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.MinimumWageBand;
import uk.supportbudget.domain.payroll.NiThresholds;
import uk.supportbudget.domain.payroll.RatesTable;
import uk.supportbudget.domain.payroll.StudentLoanPlan;
import uk.supportbudget.domain.payroll.TaxRegion;

class RatesLoaderTest {

    private static RatesTable year(String year) {
        return RatesLoader.standard().forYear(TaxYear.parse(year));
    }

    @Test
    void indexListsEveryShippedYear() {
        assertEquals(List.of(TaxYear.parse("2024-25"), TaxYear.parse("2025-26"), TaxYear.parse("2026-27")),
                RatesLoader.standard().availableYears());
    }

    @Test
    void eachYearIsLoadedOnceAndKept() {
        assertSame(year("2025-26"), year("2025-26"));
    }

    @Test
    void unknownYearIsRefused() {
        assertThrows(Refusal.class, () -> year("2019-20"));
    }

    /** HMRC's published per-frequency figures (gov.uk rates and thresholds for employers; HMRC NICs tables). */
    @ParameterizedTest(name = "{0} {1}: LEL {2} PT {3} ST {4} UEL {5} FUST {6}")
    @CsvSource({
            "2024-25, weekly, 123, 242, 175, 967, 481", "2024-25, fortnightly, 246, 484, 350, 1934, 962",
            "2024-25, four-weekly, 492, 967, 700, 3867, 1924", "2024-25, monthly, 533, 1048, 758, 4189, 2083",
            "2025-26, weekly, 125, 242, 96, 967, 481", "2025-26, fortnightly, 250, 484, 193, 1934, 962",
            "2025-26, four-weekly, 500, 967, 385, 3867, 1924", "2025-26, monthly, 542, 1048, 417, 4189, 2083",
            "2026-27, weekly, 129, 242, 96, 967, 481", "2026-27, fortnightly, 258, 484, 193, 1934, 962",
            "2026-27, four-weekly, 516, 967, 385, 3867, 1924", "2026-27, monthly, 559, 1048, 417, 4189, 2083",
    })
    void niThresholdsPerFrequencyAreHmrcsOwnFigures(String year, String frequency, long lel, long pt, long st, long uel, long fust) {
        NiThresholds t = year(year).nationalInsurance().thresholdsFor(PayFrequency.parse(frequency));
        assertEquals(lel * 100, t.lowerEarningsLimit().pence());
        assertEquals(pt * 100, t.primaryThreshold().pence());
        assertEquals(st * 100, t.secondaryThreshold().pence());
        assertEquals(uel * 100, t.upperEarningsLimit().pence());
        assertEquals(uel * 100, t.upperSecondaryThreshold().pence());
        assertEquals(fust * 100, t.freeportUpperSecondaryThreshold().pence());
    }

    @ParameterizedTest
    @CsvSource({"2024-25, 13.8%, 5000.00", "2025-26, 15%, 10500.00", "2026-27, 15%, 10500.00"})
    void employerRateAndEmploymentAllowance(String year, String employerRate, String allowance) {
        assertEquals(employerRate, year(year).nationalInsurance().employer().toString());
        assertEquals(allowance, year(year).nationalInsurance().employmentAllowance().plain());
    }

    @ParameterizedTest
    @CsvSource({"2024-25, 2306, 13991", "2025-26, 2827, 14921", "2026-27, 3967, 16956"})
    void scottishStarterAndBasicLimits(String year, long starter, long basic) {
        List<Long> limits = year(year).bandsFor(TaxRegion.SCOTLAND).upperLimits();
        assertEquals(List.of(starter, basic, 31_092L, 62_430L, 125_140L), limits);
        assertEquals(List.of(37_700L, 125_140L), year(year).bandsFor(TaxRegion.REST_OF_UK).upperLimits());
    }

    @ParameterizedTest
    @CsvSource({"2024-25, PLAN_2, 27295.00", "2025-26, PLAN_1, 26065.00", "2026-27, PLAN_5, 25000.00", "2026-27, PLAN_4, 33795.00",
            "2026-27, POSTGRADUATE, 21000.00"})
    void studentLoanThresholds(String year, StudentLoanPlan plan, String threshold) {
        assertEquals(threshold, year(year).studentLoans().annualThreshold(plan).plain());
    }

    @Test
    void planFiveIsNotDeductedBeforeAprilTwentyTwentySix() {
        assertThrows(Refusal.class, () -> year("2025-26").studentLoans().annualThreshold(StudentLoanPlan.PLAN_5));
    }

    @ParameterizedTest
    @CsvSource({"2024-25, 11.44, 116.75", "2025-26, 12.21, 118.75", "2026-27, 12.71, 123.25"})
    void livingWageAndSickPay(String year, String livingWage, String ssp) {
        assertEquals(livingWage, year(year).minimumWage().hourlyFor(MinimumWageBand.AGED_21_AND_OVER).plain());
        assertEquals(ssp, year(year).statutorySickPay().weeklyRate().plain());
    }
}

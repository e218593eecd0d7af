package uk.supportbudget.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;

class MinimumWageRulesTest {

    @ParameterizedTest(name = "born {0}, {1} an hour on {2}: meets minimum {3}")
    @CsvSource({
            // 21 and over: £11.44 from April 2024, £12.21 from April 2025, £12.71 from April 2026
            "1990-06-01, 11.44, 2024-04-01, true",
            "1990-06-01, 11.43, 2024-04-01, false",
            "1990-06-01, 11.44, 2025-04-01, false",
            "1990-06-01, 12.21, 2025-04-01, true",
            "1990-06-01, 12.21, 2026-03-31, true",
            "1990-06-01, 12.21, 2026-04-01, false",
            "1990-06-01, 12.71, 2026-04-01, true",
            // 18 to 20: £10.85 in 2026-27
            "2007-01-15, 10.85, 2026-06-01, true",
            "2007-01-15, 10.84, 2026-06-01, false",
            // the 21st birthday moves a PA onto the National Living Wage
            "2005-07-01, 10.85, 2026-06-30, true",
            "2005-07-01, 10.85, 2026-07-01, false",
            // under 18: £8.00 in 2026-27
            "2010-01-01, 8.00, 2026-06-01, true",
            "2010-01-01, 7.99, 2026-06-01, false"})
    void ratesAreCheckedForTheAgeOnTheDayTheyApply(LocalDate born, String rate, LocalDate on, boolean meets) {
        Employee pa = StaffFixtures.employee("Sam Lee", born);
        Contract contract = new Contract(1, 1, LocalDate.of(2024, 4, 1), null, new BigDecimal("20"), false, Money.parse(rate), null, null,
                null, null, null, null, 1, PayFrequency.WEEKLY);
        List<String> shortfalls = MinimumWageRules.shortfalls(pa, contract, StaffFixtures.minimumWages(), on);
        assertEquals(meets, shortfalls.isEmpty(), shortfalls.toString());
    }

    @Test
    void aContractBelowTheLivingWageIsRefusedWithASentence() {
        Employee pa = StaffFixtures.employee("Jordan Ellis", LocalDate.of(1994, 3, 2));
        Contract low = StaffFixtures.contract("12.50", new BigDecimal("20"));
        Refusal refusal = assertThrows(Refusal.class,
                () -> MinimumWageRules.refuseBelowMinimum(pa, low, StaffFixtures.minimumWages(), LocalDate.of(2026, 4, 1)));
        assertTrue(refusal.getMessage().contains("£12.50 an hour is below"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("£12.71"), refusal.getMessage());
    }

    @Test
    void anEveningRateBelowTheMinimumIsRefusedEvenWhenTheDayRateIsFine() {
        Employee pa = StaffFixtures.employee("Jordan Ellis", LocalDate.of(1994, 3, 2));
        Contract contract = new Contract(1, 1, LocalDate.of(2026, 4, 1), null, null, true, Money.parse("13.00"), Money.parse("12.00"),
                null, null, null, null, null, 1, PayFrequency.WEEKLY);
        Refusal refusal = assertThrows(Refusal.class,
                () -> MinimumWageRules.refuseBelowMinimum(pa, contract, StaffFixtures.minimumWages(), contract.startsOn()));
        assertTrue(refusal.getMessage().startsWith("The night rate"), refusal.getMessage());
    }

    @ParameterizedTest(name = "on {0} with £{1}: {2} warnings")
    @CsvSource({
            "2026-01-15, 12.50, 0",   // more than eight weeks before 1 April
            "2026-02-04, 12.50, 1",   // within eight weeks, and £12.50 < £12.71
            "2026-03-20, 12.71, 0",   // already at the new rate
            "2026-03-20, 12.21, 1"})
    void warnsAheadOfAprilAboutContractsThatWillFallBelow(LocalDate today, String rate, int warnings) {
        Employee pa = StaffFixtures.employee("Priya Shah", LocalDate.of(1999, 11, 20));
        Contract contract = new Contract(1, 1, LocalDate.of(2025, 4, 1), null, null, true, Money.parse(rate), null, null, null, null,
                null, null, 1, PayFrequency.WEEKLY);
        var found = MinimumWageRules.aheadOfApril(Map.of(pa, contract), StaffFixtures.minimumWages(), today);
        assertEquals(warnings, found.size(), found.toString());
        found.forEach(w -> assertTrue(w.sentence().startsWith("Before 2026-04-01"), w.sentence()));
    }

    @Test
    void warnsThatNextAprilsRatesAreNotKnownYet() {
        Employee pa = StaffFixtures.employee("Priya Shah", LocalDate.of(1999, 11, 20));
        var found = MinimumWageRules.aheadOfApril(Map.of(pa, StaffFixtures.contract("12.71", null)), StaffFixtures.minimumWages(),
                LocalDate.of(2027, 3, 1));
        assertEquals(1, found.size());
        assertTrue(found.get(0).sentence().contains("does not know the new rates yet"));
    }

    @Test
    void theSleepInAllowanceIsNotAnHourlyRate() {
        Employee pa = StaffFixtures.employee("Jordan Ellis", LocalDate.of(1994, 3, 2));
        Contract contract = new Contract(1, 1, LocalDate.of(2026, 4, 1), null, new BigDecimal("20"), false, Money.parse("13.00"), null,
                null, null, Money.parse("45.00"), null, null, 1, PayFrequency.WEEKLY);
        assertEquals(List.of(), MinimumWageRules.shortfalls(pa, contract, StaffFixtures.minimumWages(), contract.startsOn()));
    }
}

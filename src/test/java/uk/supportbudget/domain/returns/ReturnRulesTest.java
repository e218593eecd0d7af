package uk.supportbudget.domain.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Cycle;

/** Council profiles, return periods and the checks before a return goes in. */
class ReturnRulesTest {

    @ParameterizedTest
    @CsvSource({
            "quarterly, 2025-04-01, 4, 2025-04-01, 2025-06-30, 2026-01-01, 2026-03-31",
            "four-weekly, 2025-04-01, 14, 2025-04-01, 2025-04-28, 2026-03-31, 2026-03-31",
            "six-monthly, 2025-09-01, 2, 2025-09-01, 2026-02-28, 2026-03-01, 2026-08-31",
            "annual, 2025-09-01, 1, 2025-09-01, 2026-08-31, 2025-09-01, 2026-08-31",
            "monthly, 2025-01-31, 12, 2025-01-31, 2025-02-27, 2025-12-31, 2026-01-30",
    })
    void periodsAreCountedFromThePlanYearsStart(String frequency, LocalDate start, int count, LocalDate firstFrom,
                                                 LocalDate firstTo, LocalDate lastFrom, LocalDate lastTo) {
        List<ReturnPeriod> periods = ReturnFrequency.find(frequency).orElseThrow()
                .periods(start, start.plusYears(1).minusDays(1));
        assertEquals(count, periods.size());
        assertEquals(new ReturnPeriod(firstFrom, firstTo), periods.get(0));
        assertEquals(new ReturnPeriod(lastFrom, lastTo), periods.get(periods.size() - 1));
        for (int i = 1; i < periods.size(); i++) {
            assertEquals(periods.get(i - 1).to().plusDays(1), periods.get(i).from(), "periods follow on without gaps");
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        Refusal refusal = assertThrows(Refusal.class,
                () -> new ReturnPeriod(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 4, 1)));
        assertTrue(refusal.getMessage().contains("swap the dates"));
    }

    static CouncilProfile profile(Map<Category, String> mapping, List<String> categories) {
        return new CouncilProfile("test", "Test", "Test Council", "County Hall", ReturnFrequency.QUARTERLY, 28,
                categories, mapping, 8, 0, Money.ZERO, List.of("Bank statements"), 6, "I declare.");
    }

    static Map<Category, String> everythingTo(String theirs) {
        Map<Category, String> mapping = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            if (c.isSpending()) {
                mapping.put(c, theirs);
            }
        }
        return mapping;
    }

    @Test
    void aProfileMustSayWhereEachSpendingCategoryGoes() {
        Map<Category, String> mapping = everythingTo("Care");
        mapping.remove(Category.RESPITE);
        Refusal refusal = assertThrows(Refusal.class, () -> profile(mapping, List.of("Care")));
        assertTrue(refusal.getMessage().contains("Respite and short breaks"), refusal.getMessage());
    }

    @Test
    void aProfileMayOnlyMapToItsOwnCategories() {
        Refusal refusal = assertThrows(Refusal.class, () -> profile(everythingTo("Care"), List.of("Support")));
        assertTrue(refusal.getMessage().contains("\"Care\", which is not in the council's category list"));
    }

    @Test
    void groupsFollowTheCouncilsOrder() {
        Map<Category, String> mapping = everythingTo("Other");
        mapping.put(Category.PA_WAGES, "Staff");
        mapping.put(Category.HMRC, "Staff");
        Map<String, List<Category>> groups = profile(mapping, List.of("Staff", "Other", "Unused")).grouped();
        assertEquals(List.of("Staff", "Other", "Unused"), List.copyOf(groups.keySet()));
        assertEquals(List.of(Category.PA_WAGES, Category.HMRC), groups.get("Staff"));
        assertEquals(List.of(), groups.get("Unused"));
    }

    // ---- checks ----

    private static List<ReturnChecks.Finding> checks(Ledger ledger, String from, String to, String threshold) {
        ReturnFigures figures = ledger.figures(from, to, null);
        return ReturnChecks.run(figures.period(), ledger.entries, ledger.lines, Money.parse(threshold),
                Map.of(), figures.difference());
    }

    private static Ledger wagesAndHmrc(String... hmrcDates) {
        Ledger ledger = new Ledger().account("A", "5000.00", Ledger.PLAN_START).funding(Funder.COUNCIL, "500.00", Cycle.WEEKLY)
                .line(Category.PA_WAGES, "1.00", 1).line(Category.HMRC, "1.00", 1)
                .txn(1, "2025-04-28", "-900.00", Category.PA_WAGES, Funder.COUNCIL, "EV-1")
                .txn(1, "2025-05-28", "-900.00", Category.PA_WAGES, Funder.COUNCIL, "EV-2");
        for (String date : hmrcDates) {
            ledger.txn(1, date, "-100.00", Category.HMRC, Funder.COUNCIL, "EV-3");
        }
        return ledger;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-05-19;2025-06-22 | 2025-06-30 | '' | ''",
            "2025-05-19 | 2025-06-30 | '' | May 2025",
            "2025-05-19;2025-06-25 | 2025-06-30 | May 2025 | ''",
            "2025-05-19 | 2025-06-21 | '' | ''",
            "2025-05-23 | 2025-06-21 | April 2025 | ''",
    })
    void hmrcPaymentsAreDueByThe22ndOfTheNextMonth(String paid, String to, String late, String missing) {
        List<ReturnChecks.Finding> findings = checks(wagesAndHmrc(paid.split(";")), "2025-04-01", to, "0.00");
        assertEquals(late, detail(findings, ReturnChecks.Kind.HMRC_LATE));
        assertEquals(missing, detail(findings, ReturnChecks.Kind.HMRC_MISSING));
    }

    private static String detail(List<ReturnChecks.Finding> findings, ReturnChecks.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).map(ReturnChecks.Finding::detail).findFirst().orElse("");
    }

    @ParameterizedTest
    @CsvSource({"0.00, 2, 73.49", "25.00, 1, 50.00", "50.00, 0, 0.00"})
    void paymentsOverTheThresholdNeedEvidence(String threshold, int count, String amount) {
        Ledger ledger = wagesAndHmrc("2025-05-19", "2025-06-19")
                .txn(1, "2025-04-10", "-50.00", Category.TRANSPORT, Funder.COUNCIL, "")
                .txn(1, "2025-04-11", "-23.49", Category.TRANSPORT, Funder.COUNCIL, "");
        List<ReturnChecks.Finding> found = checks(ledger, "2025-04-01", "2025-06-30", threshold).stream()
                .filter(f -> f.kind() == ReturnChecks.Kind.NO_EVIDENCE).toList();
        assertEquals(count, found.isEmpty() ? 0 : found.get(0).count());
        assertEquals(Money.parse(amount), found.isEmpty() ? Money.ZERO : found.get(0).amount());
    }

    @Test
    void uncategorisedSpendingBlocksAndUnfundedOrNotAllowedSpendingWarns() {
        Ledger ledger = wagesAndHmrc("2025-05-19", "2025-06-19")
                .txn(1, "2025-04-10", "-50.00", null, null, "EV-9")
                .txn(1, "2025-04-11", "-20.00", Category.TRANSPORT, Funder.COUNCIL, "EV-9")
                .txn(1, "2025-04-12", "-15.00", Category.NOT_ALLOWED, Funder.COUNCIL, "EV-9");
        List<ReturnChecks.Finding> findings = checks(ledger, "2025-04-01", "2025-06-30", "0.00");
        assertEquals(List.of(ReturnChecks.Kind.UNCATEGORISED, ReturnChecks.Kind.NOT_IN_PLAN, ReturnChecks.Kind.NOT_ALLOWED),
                findings.stream().map(ReturnChecks.Finding::kind).toList());
        assertEquals(ReturnChecks.Severity.BLOCK, findings.get(0).severity());
        assertEquals("Transport", findings.get(1).detail());
        assertEquals(Money.parse("15.00"), findings.get(2).amount());
    }

    @Test
    void anEmptyPeriodIsSaidPlainly() {
        Ledger ledger = new Ledger().account("A", "10.00", Ledger.PLAN_START).funding(Funder.COUNCIL, "1.00", Cycle.WEEKLY);
        assertEquals(List.of(ReturnChecks.Kind.EMPTY_PERIOD),
                checks(ledger, "2025-04-01", "2025-04-30", "0.00").stream().map(ReturnChecks.Finding::kind).toList());
    }
}

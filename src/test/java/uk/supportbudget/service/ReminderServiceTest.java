package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Cycle;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.ManagementMode;
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.domain.returns.ReturnPeriod;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.StaffFixtures;
import uk.supportbudget.service.ReminderService.Kind;
import uk.supportbudget.service.ReminderService.Movement;
import uk.supportbudget.service.ReminderService.Reminder;
import uk.supportbudget.service.ReminderService.Severity;
import uk.supportbudget.service.returns.CouncilProfiles;

/** Each kind of reminder, on both sides of its boundaries. Dates are in the 2026/27 plan year. */
class ReminderServiceTest {

    private static final PlanYear YEAR = new PlanYear(1, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), "");
    /** Westshire: quarterly returns, 28 days to send each. */
    private static final CouncilProfile QUARTERLY = new CouncilProfiles(Path.of("no-own-profiles")).find("westshire");
    private static final FundingComponent MONTHLY = new FundingComponent(1, 1, Funder.COUNCIL, "Westshire County Council",
            ManagementMode.DIRECT_PAYMENT, Money.parse("1000.00"), Cycle.MONTHLY, LocalDate.of(2026, 4, 1));

    /** Facts with a backup taken today and nothing else, to which each test adds what it is about. */
    private static final class Given {
        LocalDate today;
        Optional<PlanYear> plan = Optional.empty();
        List<FundingComponent> funding = new ArrayList<>();
        List<Movement> movements = new ArrayList<>();
        Optional<CouncilProfile> profile = Optional.empty();
        Set<ReturnPeriod> submitted = Set.of();
        Map<Employee, Contract> staff = new LinkedHashMap<>();
        List<ReminderService.UnsignedTimesheet> timesheets = new ArrayList<>();
        Optional<LocalDateTime> backup;
        Optional<ReminderService.PensionCycle> pensionCycle = Optional.empty();

        Given(String today) {
            this.today = LocalDate.parse(today);
            this.backup = Optional.of(this.today.atTime(9, 0));
        }

        List<Reminder> remind() {
            return ReminderService.remind(new ReminderService.Facts(today, plan, funding, movements, profile, submitted, staff,
                    StaffFixtures.minimumWages(), timesheets, backup, pensionCycle));
        }

        List<Reminder> of(Kind kind) {
            return remind().stream().filter(r -> r.kind() == kind).toList();
        }
    }

    private static String severities(List<Reminder> reminders) {
        return reminders.isEmpty() ? "NONE"
                : String.join(" ", reminders.stream().map(r -> r.severity() + "@" + r.date()).toList());
    }

    @ParameterizedTest(name = "backup taken {0} days before: {1}")
    @CsvSource({"-1, OVERDUE", "0, NONE", "6, NONE", "7, OVERDUE", "30, OVERDUE"})
    void aBackupOlderThanAWeekOrNoneIsOverdue(int daysAgo, String expected) {
        Given given = new Given("2026-06-15");
        given.backup = daysAgo < 0 ? Optional.empty() : Optional.of(given.today.minusDays(daysAgo).atTime(10, 0));
        List<Reminder> backup = given.of(Kind.BACKUP);
        assertEquals(expected, backup.isEmpty() ? "NONE" : backup.get(0).severity().name());
    }

    @ParameterizedTest(name = "{0}, HMRC paid on {1}: {2}")
    @CsvSource({
            "2026-06-14, ,           INFO@2026-06-22",
            "2026-06-15, ,           DUE_SOON@2026-06-22",
            "2026-06-22, ,           DUE_SOON@2026-06-22",
            "2026-06-15, 2026-06-10, NONE",
            "2026-06-23, 2026-06-10, INFO@2026-07-22",
            "2026-06-24, 2026-05-20, OVERDUE@2026-06-22 INFO@2026-07-22"})
    void hmrcIsDueOnTheTwentySecondAndOverdueWhenTheStatementsShowNoPayment(String today, String paidOn, String expected) {
        Given given = new Given(today);
        given.staff.put(StaffFixtures.employee("Jordan Ellis", LocalDate.of(1990, 1, 1)),
                StaffFixtures.contract("13.00", BigDecimal.valueOf(20)));
        if (paidOn != null) {
            given.movements.add(new Movement(LocalDate.parse(paidOn), Money.parse("-300.00"), Category.HMRC, null));
        }
        given.movements.add(new Movement(given.today, Money.parse("-5.00"), Category.BANK_CHARGES, null));
        assertEquals(expected, severities(given.of(Kind.HMRC)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2027-12-31, NONE",
            "2028-01-01, INFO@2028-04-01 INFO@2028-09-01",
            "2028-03-28, DUE_SOON@2028-04-01 INFO@2028-09-01",
            "2028-04-02, INFO@2028-09-01",
            "2028-08-30, DUE_SOON@2028-09-01",
            "2028-09-02, NONE"})
    void reEnrolmentIsMentionedThreeMonthsAheadThenTheReDeclarationUntilItIsDue(String today, String expected) {
        Given given = new Given(today);
        given.staff.put(StaffFixtures.employee("Jordan Ellis", LocalDate.of(1990, 1, 1)),
                StaffFixtures.contract("13.00", BigDecimal.valueOf(20)));
        given.pensionCycle = Optional.of(new ReminderService.PensionCycle(LocalDate.of(2028, 4, 1), LocalDate.of(2028, 9, 1)));
        List<Reminder> cycle = given.of(Kind.PENSION).stream()
                .filter(r -> r.sentence().contains("re-enrol") || r.sentence().contains("re-declaration")).toList();
        assertEquals(expected, severities(cycle));
    }

    @Test
    void noHmrcOrPensionRemindersWithoutStaff() {
        Given given = new Given("2026-06-20");
        assertTrue(given.of(Kind.HMRC).isEmpty());
        assertTrue(given.of(Kind.PENSION).isEmpty());
    }

    @ParameterizedTest(name = "{0}, statements to {1}, paid {2}: {3}")
    @CsvSource({
            "2026-06-10, 2026-06-09, ,           OVERDUE@2026-06-01",
            "2026-06-10, 2026-06-09, 2026-06-02, INFO@2026-07-01",
            "2026-06-10, 2026-06-03, ,           INFO@2026-07-01",
            "2026-06-04, 2026-06-04, ,           INFO@2026-07-01",
            "2026-06-24, 2026-06-20, 2026-06-01, DUE_SOON@2026-07-01"})
    void aCouncilPaymentIsExpectedAndOverdueOnlyWhenTheStatementsCoverItsDate(String today, String statementsTo,
                                                                             String paidOn, String expected) {
        Given given = new Given(today);
        given.plan = Optional.of(YEAR);
        given.funding.add(MONTHLY);
        given.movements.add(new Movement(LocalDate.parse(statementsTo), Money.parse("-12.00"), Category.TRANSPORT, null));
        if (paidOn != null) {
            given.movements.add(new Movement(LocalDate.parse(paidOn), Money.parse("1000.00"), Category.COUNCIL_PAYMENT,
                    Funder.COUNCIL));
        }
        assertEquals(expected, severities(given.of(Kind.COUNCIL_PAYMENT)));
    }

    @ParameterizedTest(name = "{0}, Q1 submitted {1}: {2}")
    @CsvSource({
            "2026-07-10, false, INFO@2026-07-28 INFO@2026-10-28",
            "2026-07-14, false, DUE_SOON@2026-07-28 INFO@2026-10-28",
            "2026-07-28, false, DUE_SOON@2026-07-28 INFO@2026-10-28",
            "2026-07-29, false, OVERDUE@2026-07-28 INFO@2026-10-28",
            "2026-07-29, true,  INFO@2026-10-28",
            "2026-06-15, false, INFO@2026-07-28"})
    void aReturnIsDueByTheProfilesDaysAfterItsPeriodEnds(String today, boolean submitted, String expected) {
        Given given = new Given(today);
        given.plan = Optional.of(YEAR);
        given.profile = Optional.of(QUARTERLY);
        if (submitted) {
            given.submitted = Set.of(new ReturnPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        }
        assertEquals(expected, severities(given.of(Kind.RETURN)));
    }

    @Test
    void withoutAProfileTheReminderAsksForOne() {
        Given given = new Given("2026-07-01");
        given.plan = Optional.of(YEAR);
        assertEquals("INFO", given.of(Kind.NO_PROFILE).get(0).severity().name());
        assertEquals(ReminderService.Action.SETTINGS, given.of(Kind.NO_PROFILE).get(0).action());
        assertTrue(given.of(Kind.RETURN).isEmpty());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2026-11-14, NONE", "2026-11-15, DUE_SOON@2027-01-10", "2027-01-09, DUE_SOON@2027-01-10",
            "2027-01-10, OVERDUE@2027-01-10"})
    void aDbsCheckIsRenewedEveryThreeYearsRemindingEightWeeksBefore(String today, String expected) {
        Given given = new Given(today);
        // the fixture's DBS certificate was issued on 10 January 2024
        given.staff.put(StaffFixtures.employee("Priya Shah", LocalDate.of(1985, 3, 3)),
                StaffFixtures.contract("13.00", BigDecimal.valueOf(20)));
        assertEquals(expected, severities(given.of(Kind.DBS)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2026-06-30, NONE", "2026-07-01, DUE_SOON@2026-07-07", "2026-07-07, DUE_SOON@2026-07-07",
            "2026-07-08, OVERDUE@2026-07-07"})
    void anUnsignedTimesheetWaitsAWeekAfterItsPeriodBeforeItIsOverdue(String today, String expected) {
        Given given = new Given(today);
        given.timesheets.add(new ReminderService.UnsignedTimesheet("Jordan Ellis", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 30)));
        assertEquals(expected, severities(given.of(Kind.TIMESHEET)));
    }

    @ParameterizedTest(name = "{0} paying {1}: {2}")
    @CsvSource({"2026-01-15, 12.21, NONE", "2026-03-01, 12.21, DUE_SOON", "2026-03-01, 12.71, NONE",
            "2026-04-02, 12.21, OVERDUE"})
    void theMinimumWageRiseInAprilIsFlaggedBeforehandAndAShortfallAfter(String today, String rate, String expected) {
        Given given = new Given(today);
        Employee employee = StaffFixtures.employee("Jordan Ellis", LocalDate.of(1990, 1, 1));
        Contract contract = new Contract(1, 1, LocalDate.of(2025, 4, 1), null, BigDecimal.valueOf(20), false,
                Money.parse(rate), null, null, null, null, null, null, 4, null);
        given.staff.put(employee, contract);
        List<Reminder> wage = given.of(Kind.MINIMUM_WAGE);
        assertEquals(expected, wage.isEmpty() ? "NONE" : wage.get(0).severity().name());
    }

    @Test
    void overdueComeFirstThenDueSoonThenTheRestEachByDate() {
        Given given = new Given("2026-07-29");
        given.plan = Optional.of(YEAR);
        given.profile = Optional.of(QUARTERLY);
        given.funding.add(MONTHLY);
        given.backup = Optional.empty();
        given.timesheets.add(new ReminderService.UnsignedTimesheet("Jordan Ellis", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 26)));
        List<Severity> order = given.remind().stream().map(Reminder::severity).toList();
        List<Severity> sorted = new ArrayList<>(order);
        sorted.sort(null);
        assertEquals(sorted, order);
        assertEquals(Severity.OVERDUE, order.get(0));
        assertTrue(order.contains(Severity.DUE_SOON) && order.contains(Severity.INFO), order.toString());
    }
}

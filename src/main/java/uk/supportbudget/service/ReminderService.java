package uk.supportbudget.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payroll.MinimumWageRates;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.FundingSchedule;
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.domain.returns.ReturnPeriod;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.MinimumWageRules;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.store.Backups;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.LedgerTotalsRepository;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.store.ReturnRepository;
import uk.supportbudget.store.TimesheetRepository;

/**
 * "What's next": the dated things a budget holder must do or watch for — council payments
 * expected, HMRC and pension payments due on the 22nd, returns due by the council's profile, DBS
 * renewals, the April minimum wage rise, timesheets waiting for a signature and backups not
 * taken. {@link #remind(Facts)} is a pure function of what the book says; {@link #reminders}
 * gathers those facts from a book.
 */
public final class ReminderService {

    /** How pressing a reminder is; never shown by colour alone. */
    public enum Severity { OVERDUE, DUE_SOON, INFO }

    /** What a reminder is about. */
    public enum Kind { COUNCIL_PAYMENT, HMRC, PENSION, RETURN, NO_PROFILE, DBS, MINIMUM_WAGE, TIMESHEET, BACKUP }

    /** Where the person can act on a reminder. */
    public enum Action { MONEY, RETURNS, SETTINGS, STAFF, ROTA, BACK_UP }

    /** One thing to do, with its date and a sentence in plain English. */
    public record Reminder(Kind kind, Severity severity, LocalDate date, String sentence, Action action) {
        public boolean overdue() {
            return severity == Severity.OVERDUE;
        }
    }

    /** A movement of money as the reminders need it. */
    public record Movement(LocalDate date, Money amount, Category category, Funder funder) {
    }

    /** A PA's timesheet not signed yet. */
    public record UnsignedTimesheet(String personalAssistant, LocalDate periodStart, LocalDate periodEnd) {
    }

    /**
     * Everything the reminders are worked out from.
     *
     * @param plan        the current plan year and its funding, when there is one
     * @param profile     the council's return profile; empty when none is chosen
     * @param staff       each PA employed today with the contract in force today
     * @param lastBackup  when the newest verified backup was taken; empty when there is none
     */
    public record Facts(LocalDate today, Optional<PlanYear> plan, List<FundingComponent> funding,
                        List<Movement> movements, Optional<CouncilProfile> profile, Set<ReturnPeriod> submitted,
                        Map<Employee, Contract> staff, List<MinimumWageRates> minimumWages,
                        List<UnsignedTimesheet> unsignedTimesheets, Optional<LocalDateTime> lastBackup,
                        Optional<PensionCycle> pensionCycle) {

        public Facts {
            pensionCycle = pensionCycle == null ? Optional.empty() : pensionCycle;
        }

        /** Facts with no pension re-enrolment cycle (a book with no PAs yet). */
        public Facts(LocalDate today, Optional<PlanYear> plan, List<FundingComponent> funding, List<Movement> movements,
                     Optional<CouncilProfile> profile, Set<ReturnPeriod> submitted, Map<Employee, Contract> staff,
                     List<MinimumWageRates> minimumWages, List<UnsignedTimesheet> unsignedTimesheets, Optional<LocalDateTime> lastBackup) {
            this(today, plan, funding, movements, profile, submitted, staff, minimumWages, unsignedTimesheets, lastBackup, Optional.empty());
        }
    }

    /** The employer's current three-yearly pension re-enrolment date and when the re-declaration of compliance is due. */
    public record PensionCycle(LocalDate reEnrolment, LocalDate declarationDue) {
    }

    /** The re-enrolment date is mentioned from this many months before it. */
    static final int RE_ENROLMENT_NOTICE_MONTHS = 3;

    /** Days before a date from which it counts as "due soon". */
    public static final int DUE_SOON_DAYS = 7;
    /** Days after a council payment was expected before its absence counts as overdue. */
    public static final int PAYMENT_GRACE_DAYS = 3;
    /** Days a return may be looked ahead to. */
    public static final int RETURN_SOON_DAYS = 14;
    /** Days an ended timesheet may wait for a signature before it is overdue. */
    public static final int TIMESHEET_GRACE_DAYS = 7;
    /** A book without a backup this recent is at risk. */
    public static final int BACKUP_DAYS = 7;
    /** How far back the reminders read every movement: two months, well beyond the five weeks the rules look at. */
    static final int MOVEMENT_DAYS = 62;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Book book;
    private final CouncilProfiles profiles;

    public ReminderService(Book book, CouncilProfiles profiles) {
        this.book = book;
        this.profiles = profiles;
    }

    /** The reminders for {@code today}, most pressing first. Reads the book; changes nothing. */
    public List<Reminder> reminders(LocalDate today) {
        return remind(facts(today));
    }

    /** What the book says today, gathered under one read. */
    public Facts facts(LocalDate today) {
        return book.read(connection -> {
            Optional<PlanRepository.Plan> plan = new PlanRepository(book).planFor(today);
            String profileId = new BookInfoRepository(book).get().councilProfile();
            Optional<CouncilProfile> profile = Optional.empty();
            if (profileId != null && !profileId.isBlank()) {
                try {
                    profile = Optional.of(profiles.find(profileId));
                } catch (Refusal gone) {
                    // a profile file removed since: treated as not chosen, which the reminder says
                }
            }
            Set<ReturnPeriod> submitted = new ReturnRepository(book).history().stream()
                    .map(ReturnRepository.StoredReturn::period).collect(Collectors.toSet());
            StaffService staffService = new StaffService(book);
            List<Contract> contracts = staffService.contracts();
            Map<Employee, Contract> staff = new LinkedHashMap<>();
            Map<Long, String> names = new LinkedHashMap<>();
            for (Employee employee : staffService.employees()) {
                names.put(employee.id(), employee.fullName());
                if (employee.employedOn(today)) {
                    StaffService.contractOn(contracts, employee.id(), today).ifPresent(c -> staff.put(employee, c));
                }
            }
            List<UnsignedTimesheet> unsigned = new TimesheetRepository(book).all().stream()
                    .filter(sheet -> !sheet.signed())
                    .map(sheet -> unsigned(sheet, names)).toList();
            List<Movement> movements = movements(book, today, !staff.isEmpty());
            return new Facts(today, plan.map(PlanRepository.Plan::year), plan.map(PlanRepository.Plan::funding).orElse(List.of()),
                    movements, profile, submitted, staff, staff.isEmpty() ? List.of() : StaffService.minimumWages(), unsigned,
                    lastBackup(book.path()), new PayrollService(book).pensionCycle(today));
        });
    }

    /** When the newest verified backup of the book at {@code path} was taken. */
    public static Optional<LocalDateTime> lastBackup(Path path) {
        return Backups.latest(path).map(Backups.BackupFile::takenAt);
    }

    /**
     * The movements the rules can tell apart, read without going through the whole book: every
     * one from {@link #MOVEMENT_DAYS} days before {@code today} on, the newest on or before
     * {@code today}, and for an {@code employer} the newest HMRC and pension payments. The rules look back at most five
     * weeks (a payment expected in the last 31 days, a tax month ending on the 5th), and further
     * back only for "when was the last statement line" and "was HMRC or the pension ever paid",
     * which the newest such movement answers; a test checks that the reminders come out the same
     * as from every movement of a generated book, day by day.
     */
    static List<Movement> movements(Book book, LocalDate today, boolean employer) {
        LedgerTotalsRepository ledger = new LedgerTotalsRepository(book);
        Map<Long, LedgerTotalsRepository.Movement> found = new HashMap<>();
        ledger.movementsSince(today.minusDays(MOVEMENT_DAYS)).forEach(m -> found.put(m.id(), m));
        ledger.latestOnOrBefore(today).forEach(m -> found.put(m.id(), m));
        // only an employer's reminders ask about these; a book with none would be read to the start
        for (Category employerPayment : employer ? List.of(Category.HMRC, Category.PENSION) : List.<Category>of()) {
            if (found.values().stream().noneMatch(m -> m.category() == employerPayment)) {
                ledger.latestIn(employerPayment).forEach(m -> found.put(m.id(), m));
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing(LedgerTotalsRepository.Movement::date)
                        .thenComparingLong(LedgerTotalsRepository.Movement::id))
                .map(m -> new Movement(m.date(), m.amount(), m.category(), m.funder())).toList();
    }

    private static UnsignedTimesheet unsigned(Timesheet sheet, Map<Long, String> names) {
        return new UnsignedTimesheet(names.getOrDefault(sheet.employeeId(), "A PA"), sheet.period().first(),
                sheet.period().last());
    }

    // ---- the rules -------------------------------------------------------------------------

    /** Every reminder that applies, overdue first, then due soon, then the rest; each group by date. */
    public static List<Reminder> remind(Facts facts) {
        List<Reminder> all = new ArrayList<>();
        councilPayments(facts, all);
        employerPayments(facts, all);
        returns(facts, all);
        dbs(facts, all);
        reEnrolment(facts, all);
        minimumWage(facts, all);
        timesheets(facts, all);
        backup(facts, all);
        all.sort(Comparator.comparing(Reminder::severity).thenComparing(Reminder::date));
        return all;
    }

    /** Severity of something due on {@code due}: overdue after it, due soon within {@code soonDays} before it. */
    static Severity severity(LocalDate today, LocalDate due, int soonDays) {
        if (today.isAfter(due)) {
            return Severity.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= soonDays ? Severity.DUE_SOON : Severity.INFO;
    }

    /**
     * For each funding component: the payment most recently expected is overdue when the
     * statements imported cover the days after it and show nothing in from that funder; otherwise
     * the next payment is listed, due soon in the last week before it.
     */
    private static void councilPayments(Facts facts, List<Reminder> out) {
        if (facts.plan().isEmpty()) {
            return;
        }
        LocalDate today = facts.today();
        LocalDate lastRecorded = facts.movements().stream().map(Movement::date).filter(d -> !d.isAfter(today))
                .max(Comparator.naturalOrder()).orElse(null);
        for (FundingComponent component : facts.funding()) {
            if (component.amount().isZero()) {
                continue;
            }
            List<LocalDate> recent = FundingSchedule.paymentsBetween(component,
                    max(facts.plan().get().startsOn(), today.minusDays(31)), today.minusDays(PAYMENT_GRACE_DAYS + 1L));
            if (!recent.isEmpty() && lastRecorded != null) {
                LocalDate expected = recent.get(recent.size() - 1);
                boolean covered = lastRecorded.isAfter(expected.plusDays(PAYMENT_GRACE_DAYS));
                boolean arrived = facts.movements().stream().anyMatch(m -> m.amount().isPositive()
                        && !m.date().isBefore(expected.minusDays(PAYMENT_GRACE_DAYS))
                        && (m.funder() == component.funder() || m.amount().equals(component.amount())));
                if (covered && !arrived) {
                    out.add(new Reminder(Kind.COUNCIL_PAYMENT, Severity.OVERDUE, expected, "The payment of "
                            + component.amount().display() + " from " + component.funderName() + " expected on "
                            + expected.format(DAY) + " is not on your statements; check with them if it has not arrived.",
                            Action.MONEY));
                    continue;
                }
            }
            Optional<LocalDate> next = FundingSchedule.nextPayment(component, today);
            if (next.isPresent() && !next.get().isAfter(facts.plan().get().endsOn())) {
                out.add(new Reminder(Kind.COUNCIL_PAYMENT, severity(today, next.get(), DUE_SOON_DAYS) == Severity.DUE_SOON
                        ? Severity.DUE_SOON : Severity.INFO, next.get(), component.funderName() + " should pay "
                        + component.amount().display() + " on " + next.get().format(DAY) + ".", Action.MONEY));
            }
        }
    }

    /**
     * PAYE, NI and pension contributions for a tax month (6th to 5th) are due to arrive by the
     * 22nd of the next month when paid electronically. Only for someone who employs PAs.
     */
    private static void employerPayments(Facts facts, List<Reminder> out) {
        if (facts.staff().isEmpty()) {
            return;
        }
        LocalDate today = facts.today();
        LocalDate due = today.getDayOfMonth() <= 22 ? today.withDayOfMonth(22) : today.plusMonths(1).withDayOfMonth(22);
        LocalDate previous = due.minusMonths(1);
        payment(facts, out, Kind.HMRC, Category.HMRC, previous, due, "tax and National Insurance to HMRC");
        payment(facts, out, Kind.PENSION, Category.PENSION, previous, due, "pension contributions to the pension scheme");
    }

    private static void payment(Facts facts, List<Reminder> out, Kind kind, Category category, LocalDate previousDue,
                                LocalDate nextDue, String what) {
        LocalDate today = facts.today();
        // the month before last was due on previousDue: overdue when nothing was paid in the month before it
        LocalDate taxMonthEnd = previousDue.withDayOfMonth(5);
        boolean previousPaid = paidBetween(facts, category, taxMonthEnd.plusDays(1), today);
        if (today.isAfter(previousDue) && !previousPaid && paidEver(facts, category) && recordedUpTo(facts, previousDue)) {
            out.add(new Reminder(kind, Severity.OVERDUE, previousDue, "Paying " + what + " was due by "
                    + previousDue.format(DAY) + " and no payment shows on your statements; pay it now to avoid a penalty.",
                    Action.MONEY));
        }
        boolean nextPaid = paidBetween(facts, category, nextDue.withDayOfMonth(6), nextDue);
        if (!nextPaid) {
            out.add(new Reminder(kind, severity(today, nextDue, DUE_SOON_DAYS), nextDue, "Pay " + what + " by "
                    + nextDue.format(DAY) + ".", Action.MONEY));
        }
    }

    private static boolean paidBetween(Facts facts, Category category, LocalDate from, LocalDate to) {
        return facts.movements().stream().anyMatch(m -> m.category() == category && m.amount().isNegative()
                && !m.date().isBefore(from) && !m.date().isAfter(to));
    }

    /** Whether the statements imported reach {@code day}, so that a payment missing from them is really missing. */
    private static boolean recordedUpTo(Facts facts, LocalDate day) {
        return facts.movements().stream().anyMatch(m -> !m.date().isBefore(day));
    }

    /** A book that has never recorded such a payment cannot tell a missed one from a missing statement. */
    private static boolean paidEver(Facts facts, Category category) {
        return facts.movements().stream().anyMatch(m -> m.category() == category);
    }

    /** Each ended period not yet submitted, and the period running now, with due dates from the profile. */
    private static void returns(Facts facts, List<Reminder> out) {
        if (facts.plan().isEmpty()) {
            return;
        }
        LocalDate today = facts.today();
        if (facts.profile().isEmpty()) {
            out.add(new Reminder(Kind.NO_PROFILE, Severity.INFO, today, "Choose your council's return profile in Settings"
                    + " so the app can tell you when each return is due.", Action.SETTINGS));
            return;
        }
        CouncilProfile profile = facts.profile().get();
        PlanYear year = facts.plan().get();
        for (ReturnPeriod period : profile.frequency().periods(year.startsOn(), year.endsOn())) {
            LocalDate due = period.to().plusDays(profile.dueDays());
            if (facts.submitted().contains(period)) {
                continue;
            }
            if (period.to().isBefore(today)) {
                out.add(new Reminder(Kind.RETURN, severity(today, due, RETURN_SOON_DAYS), due, "The return for "
                        + period.display() + " is due to " + profile.councilName() + " by " + due.format(DAY) + ".",
                        Action.RETURNS));
            } else if (period.contains(today)) {
                out.add(new Reminder(Kind.RETURN, Severity.INFO, due, "The next return, for " + period.display()
                        + ", is due by " + due.format(DAY) + ".", Action.RETURNS));
            }
        }
    }

    private static void dbs(Facts facts, List<Reminder> out) {
        LocalDate today = facts.today();
        for (Employee employee : facts.staff().keySet()) {
            if (employee.dbs() == null || !employee.dbs().dueForRenewal(today)) {
                continue;
            }
            LocalDate renewBy = employee.dbs().renewBy();
            boolean late = !today.isBefore(renewBy);
            out.add(new Reminder(Kind.DBS, late ? Severity.OVERDUE : Severity.DUE_SOON, renewBy, employee.fullName()
                    + "'s DBS check " + (late ? "became" : "becomes") + " three years old on " + renewBy.format(DAY)
                    + "; apply for a new check.", Action.STAFF));
        }
    }

    /**
     * Cyclical re-enrolment: the date is mentioned from three months before it (the pay run that covers it
     * re-enrols anyone who opted out and is an eligible jobholder); then the re-declaration of compliance to
     * The Pensions Regulator, until the day it is due.
     */
    private static void reEnrolment(Facts facts, List<Reminder> out) {
        if (facts.staff().isEmpty() || facts.pensionCycle().isEmpty()) {
            return;
        }
        LocalDate today = facts.today();
        PensionCycle cycle = facts.pensionCycle().get();
        if (!today.isBefore(cycle.reEnrolment().minusMonths(RE_ENROLMENT_NOTICE_MONTHS)) && !today.isAfter(cycle.reEnrolment())) {
            out.add(new Reminder(Kind.PENSION, severity(today, cycle.reEnrolment(), DUE_SOON_DAYS), cycle.reEnrolment(),
                    "Your three-yearly pension re-enrolment date is " + cycle.reEnrolment().format(DAY) + ": the pay run that covers it "
                            + "re-enrols any PA who opted out and is an eligible jobholder; send each of them the enrolment letter within six weeks.",
                    Action.STAFF));
        }
        if (!today.isBefore(cycle.reEnrolment().minusMonths(RE_ENROLMENT_NOTICE_MONTHS)) && !today.isAfter(cycle.declarationDue())) {
            out.add(new Reminder(Kind.PENSION, severity(today, cycle.declarationDue(), DUE_SOON_DAYS), cycle.declarationDue(),
                    "Complete your re-declaration of compliance with The Pensions Regulator by " + cycle.declarationDue().format(DAY)
                            + ", even if nobody needed re-enrolling.", Action.STAFF));
        }
    }

    /** Below the minimum today is overdue; below the coming April's rate is due soon. */
    private static void minimumWage(Facts facts, List<Reminder> out) {
        if (facts.staff().isEmpty()) {
            return;
        }
        LocalDate today = facts.today();
        facts.staff().forEach((employee, contract) -> {
            List<String> below = MinimumWageRules.shortfalls(employee, contract, facts.minimumWages(), today);
            if (!below.isEmpty()) {
                out.add(new Reminder(Kind.MINIMUM_WAGE, Severity.OVERDUE, today, below.get(0), Action.STAFF));
            }
        });
        for (MinimumWageRules.AprilWarning warning : MinimumWageRules.aheadOfApril(facts.staff(), facts.minimumWages(), today)) {
            out.add(new Reminder(Kind.MINIMUM_WAGE, Severity.DUE_SOON, warning.changeOn(), warning.sentence(), Action.STAFF));
        }
    }

    private static void timesheets(Facts facts, List<Reminder> out) {
        LocalDate today = facts.today();
        for (UnsignedTimesheet sheet : facts.unsignedTimesheets()) {
            if (!sheet.periodEnd().isBefore(today)) {
                continue;
            }
            LocalDate signBy = sheet.periodEnd().plusDays(TIMESHEET_GRACE_DAYS);
            out.add(new Reminder(Kind.TIMESHEET, today.isAfter(signBy) ? Severity.OVERDUE : Severity.DUE_SOON, signBy,
                    sheet.personalAssistant() + "'s timesheet for " + sheet.periodStart().format(DAY) + " to "
                            + sheet.periodEnd().format(DAY) + " is waiting to be signed.", Action.ROTA));
        }
    }

    private static void backup(Facts facts, List<Reminder> out) {
        LocalDate today = facts.today();
        Optional<LocalDate> last = facts.lastBackup().map(LocalDateTime::toLocalDate);
        if (last.isPresent() && ChronoUnit.DAYS.between(last.get(), today) < BACKUP_DAYS) {
            return;
        }
        out.add(new Reminder(Kind.BACKUP, Severity.OVERDUE, last.orElse(today), last
                .map(day -> "The last backup of this book was taken on " + day.format(DAY) + "; back it up now.")
                .orElse("This book has never been backed up; back it up now."), Action.BACK_UP));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

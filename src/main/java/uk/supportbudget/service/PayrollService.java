package uk.supportbudget.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import uk.supportbudget.domain.Progress;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.Percentage;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.AutoEnrolment;
import uk.supportbudget.domain.payroll.EmploymentAllowance;
import uk.supportbudget.domain.payroll.MinimumWageRates;
import uk.supportbudget.domain.payroll.PayPeriod;
import uk.supportbudget.domain.payroll.RatesTable;
import uk.supportbudget.domain.payrun.LiabilityMatcher;
import uk.supportbudget.domain.payrun.OpeningFigures;
import uk.supportbudget.domain.payrun.PayRun;
import uk.supportbudget.domain.payrun.PayRunAssembler;
import uk.supportbudget.domain.payrun.PayRunLine;
import uk.supportbudget.domain.payrun.SickPayPaid;
import uk.supportbudget.domain.payrun.PayrollCalendar;
import uk.supportbudget.domain.payrun.PayrollLiability;
import uk.supportbudget.domain.payrun.PayrollSettings;
import uk.supportbudget.domain.payrun.PensionEvents;
import uk.supportbudget.domain.payrun.YearEnd;
import uk.supportbudget.domain.payrun.YearToDate;
import uk.supportbudget.domain.rota.Absence;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.PayPeriods;
import uk.supportbudget.domain.rota.RotaRules;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.PensionNotice;
import uk.supportbudget.domain.staff.PensionStatus;
import uk.supportbudget.report.PayrollSummaryPdf;
import uk.supportbudget.report.PayslipPdf;
import uk.supportbudget.report.YearEndPdf;
import uk.supportbudget.service.payroll.RatesLoader;
import uk.supportbudget.store.Backups;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.BookSettingRepository;
import uk.supportbudget.store.OpeningFiguresRepository;
import uk.supportbudget.store.PayRunRepository;
import uk.supportbudget.store.PayrollLiabilityRepository;
import uk.supportbudget.store.PensionNoticeRepository;
import uk.supportbudget.store.RotaRepository;
import uk.supportbudget.store.StaffRepository;
import uk.supportbudget.store.TimesheetRepository;
import uk.supportbudget.store.TransactionRepository;

/**
 * Pay runs for the PAs: worked out from signed timesheets, holiday and sickness; kept as a draft until
 * finalised; then frozen and posted as what is owed to the PAs, HMRC and the pension scheme. What is owed
 * is marked paid when a payment in the ledger (imported from the bank, or recorded here) matches it, so
 * the ledger stays exactly what the bank shows and nothing is counted twice.
 */
public final class PayrollService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final String SETTINGS_KEY = "payroll.";

    /** Where a PA's timesheet for a period stands, for the pay run screen. */
    public enum SheetState { SIGNED, NOT_SIGNED, MISSING, PAID }

    public record TimesheetStatus(long employeeId, String employeeName, SheetState state, String sentence) {
    }

    /** A pay period the screen offers, with its run if there is one. */
    public record PeriodChoice(DateRange workPeriod, LocalDate payDate, TaxYear taxYear, PayPeriod taxPeriod, Optional<PayRun> run) {
        public String label() {
            return workPeriod.display() + " \u2013 " + taxPeriod.describe() + " " + taxYear + ", paid " + payDate.format(DAY)
                    + run.map(r -> r.finalised() ? " (finalised)" : " (draft)").orElse("");
        }

        /** The period and its tax month or week only, for where the payday and status are shown beside it. */
        public String shortLabel() {
            return workPeriod.display() + " \u2013 " + taxPeriod.describe();
        }
    }

    /** A liability with the words the screen shows beside it. */
    public record Owed(PayrollLiability liability, String runTitle, String status) {
    }

    private final Book book;
    private final PayRunRepository runs;
    private final PayrollLiabilityRepository liabilities;
    private final StaffRepository staff;
    private final BookSettingRepository settingsStore;
    private final RotaService rota;
    private final PensionNoticeRepository notices;
    private final RatesLoader ratesLoader = RatesLoader.standard();
    private List<MinimumWageRates> minimumWages;

    public PayrollService(Book book) {
        this.book = book;
        this.runs = new PayRunRepository(book);
        this.liabilities = new PayrollLiabilityRepository(book);
        this.staff = new StaffRepository(book);
        this.settingsStore = new BookSettingRepository(book);
        this.rota = new RotaService(book);
        this.notices = new PensionNoticeRepository(book);
    }

    // ---- settings

    public PayrollSettings settings() {
        PayrollSettings d = PayrollSettings.defaults();
        return new PayrollSettings(setting("frequency").map(PayFrequency::parse).orElse(d.frequency()),
                setting("payday").map(Integer::parseInt).orElse(d.payday()),
                setting("claimEmploymentAllowance").map(Boolean::parseBoolean).orElse(d.claimEmploymentAllowance()),
                setting("hmrcQuarterly").map(Boolean::parseBoolean).orElse(d.hmrcQuarterly()),
                setting("pensionScheme").orElse(d.pensionScheme()),
                setting("pensionEmployeeRate").map(Percentage::parse).orElse(d.pensionEmployeeRate()),
                setting("pensionEmployerRate").map(Percentage::parse).orElse(d.pensionEmployerRate()),
                setting("pensionRelief").map(AutoEnrolment.TaxRelief::valueOf).orElse(d.pensionRelief()),
                setting("pensionDueDay").map(Integer::parseInt).orElse(d.pensionDueDay()));
    }

    public void saveSettings(PayrollSettings settings) {
        book.inTransaction(connection -> {
            put("frequency", settings.frequency().cliName());
            put("payday", Integer.toString(settings.payday()));
            put("claimEmploymentAllowance", Boolean.toString(settings.claimEmploymentAllowance()));
            put("hmrcQuarterly", Boolean.toString(settings.hmrcQuarterly()));
            put("pensionScheme", settings.pensionScheme());
            put("pensionEmployeeRate", settings.pensionEmployeeRate().asPercent().toPlainString());
            put("pensionEmployerRate", settings.pensionEmployerRate().asPercent().toPlainString());
            put("pensionRelief", settings.pensionRelief().name());
            put("pensionDueDay", Integer.toString(settings.pensionDueDay()));
            return null;
        });
    }

    private Optional<String> setting(String key) {
        return settingsStore.get(SETTINGS_KEY + key);
    }

    private void put(String key, String value) {
        settingsStore.put(SETTINGS_KEY + key, value);
    }

    public boolean rolledUpHoliday(long employeeId) {
        return runs.rolledUpHoliday(employeeId);
    }

    public void setRolledUpHoliday(long employeeId, boolean rolledUp) {
        runs.setRolledUpHoliday(employeeId, rolledUp);
    }

    // ---- periods and timesheets

    /** Pay periods from {@code months} back to the one containing {@code today}, newest first, each with its run. */
    public List<PeriodChoice> periods(LocalDate today, int count) {
        PayrollSettings settings = settings();
        List<PayRun> all = runs.runs();
        List<PeriodChoice> choices = new ArrayList<>();
        DateRange period = workPeriodContaining(settings.frequency(), today);
        for (int i = 0; i < count; i++) {
            choices.add(choice(settings, period, all));
            period = PayPeriods.containing(settings.frequency(), anchor(), period.first().minusDays(1));
        }
        return choices;
    }

    private PeriodChoice choice(PayrollSettings settings, DateRange period, List<PayRun> all) {
        Optional<PayRun> run = all.stream().filter(r -> r.workPeriod().equals(period) && r.taxPeriod().frequency() == settings.frequency())
                .findFirst();
        LocalDate payDate = run.map(PayRun::payDate).orElse(PayrollCalendar.defaultPayDate(settings, period));
        return new PeriodChoice(period, payDate, TaxYear.containing(payDate), PayrollCalendar.taxPeriod(settings.frequency(), payDate), run);
    }

    /** The work period of the book's pay frequency containing a day: calendar months, or weeks from a Monday. */
    public DateRange workPeriodContaining(PayFrequency frequency, LocalDate day) {
        return PayPeriods.containing(frequency, anchor(), day);
    }

    private LocalDate anchor() {
        return staff.contracts().stream().map(Contract::startsOn).min(Comparator.naturalOrder()).map(RotaRules::monday)
                .orElse(LocalDate.of(2024, 4, 1));
    }

    /** Each PA paid at the book's frequency and employed in the period, with where their timesheet stands. */
    public List<TimesheetStatus> timesheets(DateRange period) {
        PayrollSettings settings = settings();
        List<Timesheet> sheets = new TimesheetRepository(book).all();
        java.util.Set<Long> paid = runs.claimedTimesheets(-1);
        List<TimesheetStatus> found = new ArrayList<>();
        for (Employee employee : staff.employees()) {
            if (!employedDuring(employee, period) || !paidAt(employee, settings.frequency(), period)) {
                continue;
            }
            Optional<Timesheet> sheet = sheets.stream().filter(t -> t.employeeId() == employee.id() && t.period().overlaps(period)).findFirst();
            if (sheet.isEmpty()) {
                found.add(new TimesheetStatus(employee.id(), employee.fullName(), SheetState.MISSING,
                        "No timesheet yet: make one on the Rota page, then have it signed."));
            } else if (!sheet.get().signed()) {
                found.add(new TimesheetStatus(employee.id(), employee.fullName(), SheetState.NOT_SIGNED,
                        "Not signed yet: this PA is left out of the run until it is signed."));
            } else if (paid.contains(sheet.get().id())) {
                found.add(new TimesheetStatus(employee.id(), employee.fullName(), SheetState.PAID,
                        "Signed on " + sheet.get().signedOn().format(DAY) + " and in a pay run."));
            } else {
                found.add(new TimesheetStatus(employee.id(), employee.fullName(), SheetState.SIGNED,
                        "Signed on " + sheet.get().signedOn().format(DAY) + "."));
            }
        }
        return found;
    }

    private static boolean employedDuring(Employee employee, DateRange period) {
        return !employee.startDate().isAfter(period.last()) && (employee.leaveDate() == null || !employee.leaveDate().isBefore(period.first()));
    }

    private boolean paidAt(Employee employee, PayFrequency frequency, DateRange period) {
        return staff.contractsOf(employee.id()).stream().filter(c -> c.appliesOn(period.last()) || c.appliesOn(period.first()))
                .anyMatch(c -> c.payFrequency() == frequency);
    }

    // ---- runs

    public List<PayRun> runs() {
        return runs.runs();
    }

    public PayRun run(long id) {
        return runs.run(id).orElseThrow(() -> new Refusal("That pay run is no longer in the book; reopen the Payroll page."));
    }

    /**
     * Works out the draft run for a work period (making it if needed) with the payday given, or refuses
     * when that period's run is finalised.
     */
    public PayRun calculate(DateRange workPeriod, LocalDate payDate, BiConsumer<Integer, Integer> progress) {
        PayrollSettings settings = settings();
        return book.inTransaction(connection -> work(draftFor(settings, workPeriod, payDate), settings, progress));
    }

    /** The draft run row for a work period and payday: the existing draft, or a new one. */
    private PayRun draftFor(PayrollSettings settings, DateRange workPeriod, LocalDate payDate) {
        TaxYear year = TaxYear.containing(payDate);
        PayPeriod taxPeriod = PayrollCalendar.taxPeriod(settings.frequency(), payDate);
        Optional<PayRun> existing = runs.runs().stream().filter(r -> r.taxPeriod().frequency() == settings.frequency()
                && (r.workPeriod().equals(workPeriod) || r.taxYear().equals(year) && r.taxPeriod().equals(taxPeriod))).findFirst();
        if (existing.isPresent()) {
            existing.get().refuseIfFinalised();
            if (!existing.get().workPeriod().equals(workPeriod)) {
                throw new Refusal("There is already a pay run paid in " + taxPeriod.describe() + " of " + year + " (for "
                        + existing.get().workPeriod().display() + "); choose a payday in another tax period.");
            }
            if (existing.get().payDate().equals(payDate)) {
                return existing.get();
            }
            runs.deleteDraft(existing.get().id());
        }
        return runs.insert(new PayRun(0, year, taxPeriod, workPeriod, payDate, PayRun.Status.DRAFT, "", List.of()));
    }

    /** Works out a draft again from what the book holds now. */
    public PayRun recalculate(long runId) {
        PayRun run = run(runId);
        run.refuseIfFinalised();
        return book.inTransaction(connection -> work(run, settings(), (done, total) -> { }));
    }

    private PayRun work(PayRun run, PayrollSettings settings, BiConsumer<Integer, Integer> progress) {
        refuseOutOfOrder(run);
        RatesTable rates = ratesLoader.forYear(run.taxYear());
        List<PayRun> thisYear = runs.finalisedFiguresIn(run.taxYear());
        List<PayRun> lastYear = runs.finalisedFiguresIn(new TaxYear(run.taxYear().startYear() - 1));
        List<Contract> contracts = staff.contracts();
        List<Absence> absences = new RotaRepository(book).absences();
        List<PayRun> beforeLastYear = earlierYearsForSickness(absences, run);
        List<Timesheet> unpaid = new TimesheetRepository(book).signedUnpaid(run.workPeriod().last(), run.id()).stream()
                .filter(t -> t.frequency() == run.taxPeriod().frequency()).toList();
        // Figures from before the first run in the book (a payroll taken over mid-year, a P45) are where the year starts.
        Map<Long, OpeningFigures> opening = openingsIn(run.taxYear());
        Money allowanceUsedBefore = new OpeningFiguresRepository(book).allowanceUsed(run.taxYear()).orElse(Money.ZERO);
        Money allowanceUsed = thisYear.stream().filter(r -> r.payDate().isBefore(run.payDate()))
                .map(r -> r.total(PayRunLine::employmentAllowance)).reduce(allowanceUsedBefore, Money::plus);
        EmploymentAllowance allowance = settings.claimEmploymentAllowance()
                ? new EmploymentAllowance(rates.nationalInsurance().employmentAllowance(),
                        min(allowanceUsed, rates.nationalInsurance().employmentAllowance()))
                : null;
        java.util.Set<Long> waitingForSignature = runs.employeesWithUnsignedTimesheets(run.workPeriod());
        List<Employee> employees = staff.employees().stream()
                .filter(e -> !waitingForSignature.contains(e.id()))
                .filter(e -> unpaid.stream().anyMatch(t -> t.employeeId() == e.id())
                        || employedDuring(e, run.workPeriod()) && paidAt(e, run.taxPeriod().frequency(), run.workPeriod()))
                .sorted(Comparator.comparing(Employee::fullName)).toList();
        List<PayRunLine> lines = new ArrayList<>();
        int done = 0;
        for (Employee employee : employees) {
            progress.accept(done++, employees.size());
            List<PayRunAssembler.PastPay> history = new ArrayList<>();
            OpeningFigures before = opening.getOrDefault(employee.id(), OpeningFigures.none(employee.id(), run.taxYear()));
            YearToDate previous = before.thisEmploymentToDate();
            PensionMembership membership = new PensionMembership();
            java.util.Set<LocalDate> sickDaysPaid = new java.util.HashSet<>();
            List<SickPayPaid.FinalisedPeriod> finalisedPeriods = new ArrayList<>();
            for (PayRun past : concat(concat(beforeLastYear, lastYear), thisYear)) {
                if (!past.payDate().isBefore(run.payDate())) {
                    continue;
                }
                if (past.taxPeriod().frequency() == run.taxPeriod().frequency()) {
                    finalisedPeriods.add(new SickPayPaid.FinalisedPeriod(past.workPeriod(), past.payDate()));
                }
                for (PayRunLine line : past.lines()) {
                    if (line.employeeId() == employee.id()) {
                        sickDaysPaid.addAll(SickPayPaid.daysPaidBy(line, past.workPeriod()));
                        history.add(new PayRunAssembler.PastPay(past.payDate(), line.gross(), line.payForWork(), line.minutesWorked()));
                        membership.add(past.payDate(), line);
                        if (past.taxYear().equals(run.taxYear())) {
                            previous = previous.plus(line.thisPeriod());
                        }
                    }
                }
            }
            Function<LocalDate, Contract> contractOn = day -> contracts.stream().filter(c -> c.employeeId() == employee.id() && c.appliesOn(day))
                    .max(Comparator.comparing(Contract::startsOn)).orElse(null);
            Optional<PayRunAssembler.Result> result = PayRunAssembler.assemble(new PayRunAssembler.Input(rates, run.taxPeriod(), run.payDate(),
                    run.workPeriod(), employee, contractOn, rota.bankHolidays(),
                    unpaid.stream().filter(t -> t.employeeId() == employee.id()).toList(),
                    absences.stream().filter(a -> a.employeeId() == employee.id()).toList(), history, previous, allowance, settings,
                    minimumWages(), runs.rolledUpHoliday(employee.id()), this::ratesFor,
                    membership.events(notices.of(employee.id()), reEnrolmentDateFor(run.workPeriod())),
                    before.previousEmployment() == null ? null : before.previousEmployment().totals(),
                    new SickPayPaid(sickDaysPaid, finalisedPeriods)));
            if (result.isPresent()) {
                lines.add(result.get().line());
                if (allowance != null) {
                    allowance = result.get().allowanceAfter();
                }
            }
        }
        progress.accept(employees.size(), employees.size());
        runs.replaceLines(run.id(), lines);
        return run(run.id());
    }

    /**
     * Finalised runs from before last tax year, only as far back as a spell of sickness in the last three
     * years needs for its average weekly earnings (the eight weeks before it began); usually none.
     */
    private List<PayRun> earlierYearsForSickness(List<Absence> absences, PayRun run) {
        TaxYear lastYear = new TaxYear(run.taxYear().startYear() - 1);
        Optional<LocalDate> earliest = absences.stream().filter(a -> a.kind() == uk.supportbudget.domain.rota.AbsenceKind.SICKNESS)
                .map(a -> a.days().first()).filter(d -> d.isAfter(run.payDate().minusYears(3))).min(Comparator.naturalOrder());
        List<PayRun> earlier = new ArrayList<>();
        if (earliest.isPresent()) {
            for (TaxYear year = TaxYear.containing(earliest.get().minusWeeks(9)); year.compareTo(lastYear) < 0; year = year.next()) {
                earlier.addAll(runs.finalisedFiguresIn(year));
            }
        }
        return earlier;
    }

    /**
     * The rate table for a tax year, for sickness that runs across years; a year before the first
     * rate file takes the first file's rules (only its earliest SSP days can reach back that far).
     */
    private RatesTable ratesFor(TaxYear year) {
        List<TaxYear> known = ratesLoader.availableYears();
        if (known.contains(year)) {
            return ratesLoader.forYear(year);
        }
        TaxYear nearest = year.compareTo(known.get(0)) < 0 ? known.get(0) : known.get(known.size() - 1);
        return ratesLoader.forYear(nearest);
    }

    /** A PA's current pension membership, from the finalised lines before a run, oldest first. */
    private static final class PensionMembership {
        private LocalDate enrolledOn;
        private Money fromPay = Money.ZERO;
        private Money employer = Money.ZERO;
        private boolean member;

        void add(LocalDate payDate, PayRunLine line) {
            PensionStatus after = line.pensionStatusAfter();
            boolean nowMember = after == PensionStatus.ENROLLED || after == PensionStatus.OPTED_IN || after == PensionStatus.JOINED_ON_REQUEST;
            if (nowMember && !member) {
                enrolledOn = payDate;
                fromPay = Money.ZERO;
                employer = Money.ZERO;
            }
            if (nowMember) {
                fromPay = fromPay.plus(line.pensionFromPay());
                employer = employer.plus(line.pensionEmployer());
            }
            member = nowMember;
        }

        PensionEvents events(PensionNotice notice, LocalDate reEnrolmentDate) {
            return new PensionEvents(member ? enrolledOn : null, notice.informationGivenOn(), notice.optOutReceivedOn(),
                    member ? fromPay : Money.ZERO, member ? employer : Money.ZERO, reEnrolmentDate, notice.postponedUntil());
        }
    }

    // ---- pension notices and re-enrolment

    /** What is recorded about a PA's pension: enrolment information, opt-out notice, postponement. */
    public PensionNotice pensionNotice(long employeeId) {
        return notices.of(employeeId);
    }

    /**
     * Records a PA's opt-out notice: the next pay run acts on it (a refund inside the one-month window,
     * otherwise membership simply ends). Refused with a sentence when the dates cannot be right.
     *
     * @param informationGiven when they got the enrolment information, or {@code null} if not known (the enrolment date is used)
     */
    public PensionNotice recordOptOut(long employeeId, LocalDate received, LocalDate informationGiven, LocalDate today) {
        return book.inTransaction(connection -> {
            Employee employee = new StaffService(book).employee(employeeId);
            PensionNotice notice = notices.of(employeeId).withOptOut(received, informationGiven, employee, today);
            notices.save(notice);
            return notice;
        });
    }

    /**
     * Records when a PA's postponement of assessment ends (one to three months from when they started) and marks
     * them postponed, so pay runs leave them unassessed until then and assess them in the run covering that day.
     */
    public PensionNotice recordPostponement(long employeeId, int months) {
        return book.inTransaction(connection -> {
            Employee employee = new StaffService(book).employee(employeeId);
            PensionNotice notice = notices.of(employeeId).withPostponement(AutoEnrolment.postponementEnds(employee.startDate(), months), employee);
            notices.save(notice);
            if (employee.pension() != PensionStatus.POSTPONED) {
                staff.update(employee.withPension(PensionStatus.POSTPONED));
            }
            return notice;
        });
    }

    /** The day the employer's pension duties started: the day the first PA started. */
    public Optional<LocalDate> dutiesStart() {
        return staff.employees().stream().map(Employee::startDate).min(Comparator.naturalOrder());
    }

    /**
     * The employer's next cyclical re-enrolment date on or after a day: the date chosen (within three months
     * either side of the third anniversary), or that anniversary, then every three years.
     */
    public Optional<LocalDate> reEnrolmentDate(LocalDate onOrAfter) {
        Optional<LocalDate> start = dutiesStart();
        if (start.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = setting("reEnrolmentDate").map(LocalDate::parse).orElse(AutoEnrolment.firstReEnrolmentAnniversary(start.get()));
        return Optional.of(AutoEnrolment.reEnrolmentDateOnOrAfter(first, onOrAfter));
    }

    /** Chooses the first re-enrolment date, which must lie within three months either side of the third anniversary of duties starting. */
    public void chooseReEnrolmentDate(LocalDate chosen) {
        LocalDate start = dutiesStart().orElseThrow(() -> new Refusal("Add a PA first: re-enrolment dates count from the day the first PA started."));
        AutoEnrolment.Window window = AutoEnrolment.reEnrolmentWindow(AutoEnrolment.firstReEnrolmentAnniversary(start));
        if (!window.contains(chosen)) {
            throw new Refusal("The re-enrolment date must be between " + window.opens().format(DAY) + " and " + window.closes().format(DAY)
                    + " (three months either side of the third anniversary of " + start.format(DAY) + ").");
        }
        book.inTransaction(connection -> {
            put("reEnrolmentDate", chosen.toString());
            return null;
        });
    }

    /**
     * The re-enrolment cycle the reminders speak of: the re-enrolment date whose re-declaration is not yet
     * past (due five months after the anniversary of duties starting the date belongs to).
     */
    public Optional<ReminderService.PensionCycle> pensionCycle(LocalDate today) {
        Optional<LocalDate> start = dutiesStart();
        Optional<LocalDate> date = reEnrolmentDate(today.minusMonths(9));
        if (start.isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        LocalDate anniversary = AutoEnrolment.firstReEnrolmentAnniversary(start.get());
        while (anniversary.plusMonths(3).isBefore(date.get())) {
            anniversary = anniversary.plusYears(AutoEnrolment.RE_ENROLMENT_CYCLE_YEARS);
        }
        LocalDate due = AutoEnrolment.reDeclarationDue(anniversary);
        if (due.isBefore(today)) {
            LocalDate next = reEnrolmentDate(date.get().plusDays(1)).orElseThrow();
            return Optional.of(new ReminderService.PensionCycle(next,
                    AutoEnrolment.reDeclarationDue(anniversary.plusYears(AutoEnrolment.RE_ENROLMENT_CYCLE_YEARS))));
        }
        return Optional.of(new ReminderService.PensionCycle(date.get(), due));
    }

    private LocalDate reEnrolmentDateFor(DateRange workPeriod) {
        return reEnrolmentDate(workPeriod.first()).filter(workPeriod::contains).orElse(null);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private void refuseOutOfOrder(PayRun run) {
        for (PayRun other : runs.runs()) {
            if (other.id() != run.id() && other.finalised() && other.taxYear().equals(run.taxYear())
                    && other.taxPeriod().frequency() == run.taxPeriod().frequency() && other.payDate().isAfter(run.payDate())) {
                throw new Refusal("The pay run paid on " + other.payDate().format(DAY) + " is already finalised, so an earlier one cannot follow it; "
                        + "put this pay into the next pay run instead.");
            }
        }
    }

    private List<MinimumWageRates> minimumWages() {
        if (minimumWages == null) {
            minimumWages = StaffService.minimumWages();
        }
        return minimumWages;
    }

    /**
     * Finalises a draft in one transaction: works it out once more, freezes the figures, records what is
     * owed (each PA's net wages on payday, HMRC by the 22nd after the tax month or quarter, the pension
     * scheme by its day of the following month), updates pension enrolment, and marks as paid anything
     * the ledger already shows. Refused when a rate is below the minimum wage, or an earlier run is a draft.
     */
    public PayRun finalise(long runId) {
        return finalise(runId, Progress.NONE);
    }

    /**
     * As {@link #finalise(long)}, reporting as each PA is worked out. It is one transaction: a
     * cancel at any point before it commits rolls all of it back and the run stays a draft.
     */
    public PayRun finalise(long runId, Progress progress) {
        PayrollSettings settings = settings();
        return book.inTransaction(connection -> {
            PayRun draft = run(runId);
            draft.refuseIfFinalised();
            Progress working = progress.stage(0, 0.8);
            PayRun run = work(draft, settings, (done, total) -> working.report(done, total));
            if (run.lines().isEmpty()) {
                throw new Refusal("There is nobody to pay in this run: no signed timesheets, holiday or sick pay; sign the timesheets first.");
            }
            post(run, settings);
            progress.report(9, 10);
            matchPayments();
            progress.report(10, 10); // the last moment a cancel still rolls everything back
            return run(runId);
        });
    }

    /** The run for the last period of its tax year (week 52, 53 or later, month 12, and so on). */
    static boolean closesTheTaxYear(PayRun run) {
        return !run.finalised() && run.taxPeriod().number() >= run.taxPeriod().frequency().periodsPerYear();
    }

    /** Freezes a worked-out run and records what it says is owed; the caller holds the transaction. */
    private void post(PayRun run, PayrollSettings settings) {
        long runId = run.id();
        if (closesTheTaxYear(run)) {
            // The last run of a tax year is its year-end: a verified copy of the book as it was
            // before this transaction (the copy reads through its own connection) is kept for good.
            Backups.backupNow(book, "year-end-" + run.taxYear());
        }
        for (PayRun other : runs.runs()) {
            if (!other.finalised() && other.id() != runId && other.taxPeriod().frequency() == run.taxPeriod().frequency()
                    && other.payDate().isBefore(run.payDate())) {
                throw new Refusal("The pay run paid on " + other.payDate().format(DAY) + " is still a draft; finalise or discard it first, "
                        + "so the year's figures add up in order.");
            }
        }
        for (PayRunLine line : run.lines()) {
            if (line.belowMinimumWage()) {
                throw new Refusal(line.warnings().get(0) + " The run cannot be finalised until the rate is raised on the Staff page.");
            }
            if (line.net().isNegative()) {
                throw new Refusal(line.employeeName() + "'s net pay would be " + line.net().display()
                        + "; deductions cannot exceed pay, so check the tax code and loans.");
            }
        }
        if (!runs.markFinalised(runId)) {
            run.refuseIfFinalised();
        }
        List<PayrollLiability> owed = new ArrayList<>();
        for (PayRunLine line : run.lines()) {
            if (line.net().isPositive()) {
                owed.add(new PayrollLiability(0, runId, PayrollLiability.Kind.NET_WAGES, line.employeeId(), line.employeeName(), line.net(),
                        run.payDate(), null, null));
            }
        }
        Money hmrc = run.total(PayRunLine::dueToHmrc);
        if (hmrc.isPositive()) {
            owed.add(new PayrollLiability(0, runId, PayrollLiability.Kind.HMRC, null, "HMRC", hmrc,
                    PayrollCalendar.hmrcDue(run.payDate(), settings.hmrcQuarterly()), null, null));
        }
        Money pension = run.total(PayRunLine::dueToPension);
        if (pension.isPositive()) {
            owed.add(new PayrollLiability(0, runId, PayrollLiability.Kind.PENSION, null, settings.pensionScheme(), pension,
                    PayrollCalendar.pensionDue(run.payDate(), settings.pensionDueDay()), null, null));
        }
        liabilities.addAll(owed);
        Map<Long, Employee> employees = new HashMap<>();
        staff.employees().forEach(e -> employees.put(e.id(), e));
        for (PayRunLine line : run.lines()) {
            Employee employee = employees.get(line.employeeId());
            if (employee.pension() != line.pensionStatusAfter()) {
                staff.update(new Employee(employee.id(), employee.fullName(), employee.address(), employee.dateOfBirth(), employee.niNumber(),
                        employee.startDate(), employee.leaveDate(), employee.starter(), employee.p45(), employee.taxCode(),
                        employee.niCategory(), employee.studentLoan(), employee.postgraduateLoan(), line.pensionStatusAfter(),
                        employee.bank(), employee.emergencyContact(), employee.dbs(), employee.rightToWorkCheckedOn(), employee.apprentice()));
            }
        }
    }

    /** Throws away a draft; a finalised run is kept. */
    public void discardDraft(long runId) {
        run(runId).refuseIfFinalised();
        runs.deleteDraft(runId);
    }

    /**
     * Calculates and finalises, in order, a run for every pay period of the tax year whose payday falls in
     * it, using the book's settings: the whole year's payroll at once (the benchmark, and a book brought up
     * to date). Periods with nobody to pay are skipped; periods already finalised are left as they are.
     */
    public List<PayRun> runYear(TaxYear year) {
        PayrollSettings settings = settings();
        return book.inTransaction(connection -> {
            List<PayRun> made = new ArrayList<>();
            DateRange period = workPeriodContaining(settings.frequency(), year.firstDay());
            while (true) {
                LocalDate payDate = PayrollCalendar.defaultPayDate(settings, period);
                if (payDate.isAfter(year.lastDay())) {
                    break;
                }
                DateRange work = period;
                if (!payDate.isBefore(year.firstDay()) && runs.runs().stream().noneMatch(r -> r.workPeriod().equals(work) && r.finalised())) {
                    PayRun run = work(draftFor(settings, period, payDate), settings, (done, total) -> { });
                    if (run.lines().isEmpty()) {
                        runs.deleteDraft(run.id());
                    } else {
                        post(run, settings);
                        made.add(new PayRun(run.id(), run.taxYear(), run.taxPeriod(), run.workPeriod(), run.payDate(), PayRun.Status.FINALISED,
                                book.now(), run.lines()));
                    }
                }
                period = PayPeriods.next(settings.frequency(), period);
            }
            matchPayments();
            return made;
        });
    }

    // ---- what is owed

    /** Every liability with its status in words, what is owed first; payments the ledger shows are matched first. */
    public List<Owed> owed(LocalDate today) {
        matchPayments();
        Map<Long, String> titles = new HashMap<>();
        runs.runs().forEach(r -> titles.put(r.id(), r.title()));
        List<Owed> owed = new ArrayList<>();
        for (PayrollLiability liability : liabilities.all()) {
            String status = liability.paid() ? "Paid " + liability.paidOn().format(DAY)
                    : liability.overdue(today) ? "Overdue since " + liability.dueOn().format(DAY) : "Due " + liability.dueOn().format(DAY);
            owed.add(new Owed(liability, titles.getOrDefault(liability.payRunId(), ""), status));
        }
        // What is still owed comes first, soonest due first; then what was paid, most recent first.
        owed.sort(Comparator.comparing((Owed o) -> o.liability().paid())
                .thenComparing(o -> o.liability().paid() ? -o.liability().dueOn().toEpochDay() : o.liability().dueOn().toEpochDay())
                .thenComparing(o -> o.liability().id()));
        return owed;
    }

    /** Links payments in the ledger to what payroll says is owed, where amount, date and payee agree; returns how many links were made. */
    public int matchPayments() {
        return book.inTransaction(connection -> {
            List<PayrollLiability> open = liabilities.all().stream().filter(l -> !l.paid()).toList();
            if (open.isEmpty()) {
                return 0;
            }
            LocalDate from = open.stream().map(PayrollLiability::dueOn).min(Comparator.naturalOrder()).orElseThrow().minusDays(60);
            LocalDate to = open.stream().map(PayrollLiability::dueOn).max(Comparator.naturalOrder()).orElseThrow().plusDays(90);
            Map<Long, String> names = new HashMap<>();
            staff.employees().forEach(e -> names.put(e.id(), e.fullName()));
            List<LiabilityMatcher.Match> matches = LiabilityMatcher.match(open, liabilities.unlinkedPayments(from, to), names,
                    settings().pensionScheme());
            TransactionRepository transactions = new TransactionRepository(book);
            Map<Long, PayrollLiability> byId = new LinkedHashMap<>();
            open.forEach(l -> byId.put(l.id(), l));
            for (LiabilityMatcher.Match match : matches) {
                match.liabilityIds().forEach(id -> liabilities.link(id, match.txnId()));
                categorise(transactions, match.txnId(), byId.get(match.liabilityIds().get(0)));
            }
            return matches.size();
        });
    }

    /** A matched payment with no category yet takes the liability's (wages, HMRC, pension); one in a reconciled period is left alone. */
    private static void categorise(TransactionRepository transactions, long txnId, PayrollLiability liability) {
        transactions.byId(txnId).filter(t -> t.category() == null).ifPresent(t -> {
            try {
                transactions.update(new Transaction(t.id(), t.accountId(), t.date(), t.amount(), t.payee(), t.description(),
                        liability.kind().category(), t.funder(), t.paymentMethod(), t.notes(), t.reconciled(), t.transferGroup()), false);
            } catch (RuntimeException lockedOrGone) {
                // The link is what matters; the category can be given by hand on the Money page.
            }
        });
    }

    /**
     * Records a payment made outside an imported statement (typed in from online banking) as a ledger
     * transaction in the chosen account, and marks the liability paid by it, in one step.
     */
    public Transaction recordPayment(long liabilityId, long accountId, LocalDate paidOn) {
        return book.inTransaction(connection -> {
            PayrollLiability liability = liabilities.all().stream().filter(l -> l.id() == liabilityId).findFirst()
                    .orElseThrow(() -> new Refusal("That payment is no longer owed in the book; reopen the Payroll page."));
            if (liability.paid()) {
                throw new Refusal(liability.kind().label() + " of " + liability.amount().display() + " to " + liability.payee()
                        + " is already marked paid on " + liability.paidOn().format(DAY) + ".");
            }
            Transaction saved = new TransactionRepository(book).add(Transaction.of(accountId, paidOn, liability.amount().negate(), liability.payee(),
                    liability.kind().label(), liability.kind().category(), null, "Bank transfer"));
            liabilities.link(liabilityId, saved.id());
            return saved;
        });
    }

    /** Total still owed to HMRC, the pension scheme and the PAs. */
    public Money stillOwed() {
        return liabilities.all().stream().filter(l -> !l.paid()).map(PayrollLiability::amount).reduce(Money.ZERO, Money::plus);
    }

    // ---- year end

    public String employerName() {
        return new BookInfoRepository(book).get().personName();
    }

    /** P60 figures for every PA paid in a finalised run of the tax year. */
    public List<YearEnd.P60> p60s(TaxYear year) {
        Map<Long, List<YearEnd.Paid>> byPa = paidByPa(year);
        List<YearEnd.P60> forms = new ArrayList<>();
        Map<Long, OpeningFigures> opening = openingsIn(year);
        byPa.forEach((employeeId, paid) -> forms.add(YearEnd.p60(employerName(), year, paid, thisEmploymentBefore(opening, employeeId))));
        return forms;
    }

    /** P45 figures for every PA with a leaving date in the tax year who was paid in it. */
    public List<YearEnd.P45> p45s(TaxYear year) {
        Map<Long, List<YearEnd.Paid>> byPa = paidByPa(year);
        List<YearEnd.P45> forms = new ArrayList<>();
        Map<Long, OpeningFigures> opening = openingsIn(year);
        for (Employee employee : staff.employees()) {
            if (employee.leaveDate() != null && TaxYear.containing(employee.leaveDate()).equals(year) && byPa.containsKey(employee.id())) {
                forms.add(YearEnd.p45(employerName(), employee.leaveDate(), byPa.get(employee.id()), thisEmploymentBefore(opening, employee.id())));
            }
        }
        return forms;
    }

    /**
     * Each PA's NI by category letter in the run's tax year before the run: the old payroll's figures and the
     * finalised runs paid earlier in the year, so the FPS can give each letter's year-to-date figures.
     */
    public Map<Long, List<YearEnd.NiByCategory>> niBefore(PayRun run) {
        Map<Long, List<YearEnd.NiByCategory>> before = new HashMap<>();
        openingsIn(run.taxYear()).forEach((employeeId, figures) -> {
            if (figures.thisEmployment() != null) {
                before.computeIfAbsent(employeeId, id -> new ArrayList<>()).addAll(figures.thisEmployment().ni());
            }
        });
        for (PayRun past : runs.finalisedFiguresIn(run.taxYear())) {
            if (past.id() == run.id() || !past.payDate().isBefore(run.payDate())) {
                continue;
            }
            for (PayRunLine line : past.lines()) {
                before.computeIfAbsent(line.employeeId(), id -> new ArrayList<>()).add(new YearEnd.NiByCategory(line.niCategory(),
                        line.earningsAtLel(), line.lelToPt(), line.ptToUel(), line.employeeNi(), line.employerNi()));
            }
        }
        return before;
    }

    /** The FPS boxes for one PA's line in a run, with each NI letter of the year. */
    public static List<uk.supportbudget.domain.payrun.FpsFigures.Item> fps(PayRun run, PayRunLine line,
            Map<Long, List<YearEnd.NiByCategory>> niBefore) {
        return uk.supportbudget.domain.payrun.FpsFigures.of(run, line, niBefore.getOrDefault(line.employeeId(), List.of()));
    }

    private Map<Long, OpeningFigures> openingsIn(TaxYear year) {
        Map<Long, OpeningFigures> opening = new HashMap<>();
        new OpeningFiguresRepository(book).inYear(year).forEach(o -> opening.put(o.employeeId(), o));
        return opening;
    }

    private static OpeningFigures.ThisEmployment thisEmploymentBefore(Map<Long, OpeningFigures> opening, long employeeId) {
        OpeningFigures figures = opening.get(employeeId);
        return figures == null ? null : figures.thisEmployment();
    }

    private Map<Long, List<YearEnd.Paid>> paidByPa(TaxYear year) {
        Map<Long, List<YearEnd.Paid>> byPa = new LinkedHashMap<>();
        for (PayRun run : runs.finalisedIn(year)) {
            for (PayRunLine line : run.lines()) {
                byPa.computeIfAbsent(line.employeeId(), k -> new ArrayList<>()).add(new YearEnd.Paid(run.payDate(), run.taxPeriod(), line));
            }
        }
        return byPa;
    }

    // ---- documents

    /** Payslips for every PA in a run (or one PA), one page each. */
    public byte[] payslipsPdf(long runId, Long employeeId) {
        PayRun run = run(runId);
        List<PayRunLine> lines = run.lines().stream().filter(l -> employeeId == null || l.employeeId() == employeeId).toList();
        return PayslipPdf.render(employerName(), run, lines, settings().pensionScheme());
    }

    /** The run's summary with what to pay and the FPS figures. */
    public byte[] summaryPdf(long runId) {
        PayRun run = run(runId);
        return PayrollSummaryPdf.render(employerName(), run, liabilities.ofRun(runId), niBefore(run));
    }

    /** P60 figures for every PA paid in the tax year, and P45 figures for leavers. */
    public byte[] yearEndPdf(TaxYear year) {
        return YearEndPdf.render(p60s(year), p45s(year));
    }

    /** Saves a payroll document readable by this computer user only: payslips hold personal data. */
    public static java.nio.file.Path save(java.nio.file.Path path, byte[] pdf) {
        return Documents.write(pdf, path, Progress.NONE);
    }

    /** The accounts a payment can be recorded in. */
    public List<uk.supportbudget.domain.ledger.Account> accounts() {
        return new uk.supportbudget.store.AccountRepository(book).all();
    }

    /** Tax years with a finalised run, newest first, for the year-end figures. */
    public List<TaxYear> taxYearsPaid() {
        return runs.runs().stream().filter(PayRun::finalised).map(PayRun::taxYear).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}

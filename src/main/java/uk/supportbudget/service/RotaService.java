package uk.supportbudget.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.rota.Absence;
import uk.supportbudget.domain.rota.AbsenceKind;
import uk.supportbudget.domain.rota.AgreedHours;
import uk.supportbudget.domain.rota.BankHolidays;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.Holiday;
import uk.supportbudget.domain.rota.RotaPattern;
import uk.supportbudget.domain.rota.RotaRules;
import uk.supportbudget.domain.rota.Shift;
import uk.supportbudget.domain.rota.ShiftPay;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.store.RotaRepository;

/**
 * The rota: shifts and repeating patterns, time away, the week against the plan's agreed hours, and
 * what the rota costs. Every change that could put a PA in two places at once is refused.
 */
public final class RotaService {

    /** One week of the rota as the Rota page shows it. */
    public record WeekView(DateRange days, List<Employee> staff, List<Shift> shifts, List<Absence> absences, RotaRules.Week analysis,
                           Money cost, Map<Long, Money> payByShift, boolean agreedFromPlan) {
    }

    private final Book book;
    private final RotaRepository rota;
    private final StaffService staff;
    private final BankHolidays bankHolidays;

    public RotaService(Book book) {
        this(book, BankHolidayData.england());
    }

    public RotaService(Book book, BankHolidays bankHolidays) {
        this.book = book;
        this.rota = new RotaRepository(book);
        this.staff = new StaffService(book);
        this.bankHolidays = bankHolidays;
    }

    public BankHolidays bankHolidays() {
        return bankHolidays;
    }

    public WeekView week(LocalDate anyDay) {
        LocalDate monday = RotaRules.monday(anyDay);
        DateRange days = DateRange.week(monday);
        List<Employee> employees = staff.employees().stream()
                .filter(e -> e.employedOn(days.first()) || e.employedOn(days.last())).toList();
        List<Shift> shifts = rota.shifts(days);
        List<Absence> absences = rota.absences().stream().filter(a -> a.days().overlaps(days)).toList();
        Optional<BigDecimal> stored = rota.agreedHoursPerWeek();
        BigDecimal agreed = stored.or(() -> planHours(monday)).orElse(BigDecimal.ZERO);
        RotaRules.Week analysis = RotaRules.analyse(monday, shifts, rota.patterns(), absences, agreed, names(employees));
        List<Contract> contracts = staff.contracts();
        Map<Long, Money> pay = new LinkedHashMap<>();
        Money cost = Money.ZERO;
        for (Shift shift : shifts) {
            Optional<ShiftPay.Result> result = pay(contracts, shift);
            if (result.isPresent()) {
                pay.put(shift.id(), result.get().pay());
                cost = cost.plus(result.get().pay());
            }
        }
        return new WeekView(days, employees, shifts, absences, analysis, cost, pay, stored.isEmpty());
    }

    private Optional<BigDecimal> planHours(LocalDate date) {
        return new PlanRepository(book).planFor(date).flatMap(plan -> AgreedHours.fromPlan(plan.lines()));
    }

    /** The agreed PA hours a week: the figure stored here, else the plan's words, else none. */
    public Optional<BigDecimal> agreedHoursPerWeek(LocalDate date) {
        return rota.agreedHoursPerWeek().or(() -> planHours(date));
    }

    public void setAgreedHoursPerWeek(BigDecimal hours) {
        if (hours != null && (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(168)) > 0)) {
            throw new Refusal("Agreed hours must be between 0 and 168 a week.");
        }
        rota.setAgreedHoursPerWeek(hours);
    }

    private static Map<Long, String> names(List<Employee> employees) {
        Map<Long, String> names = new LinkedHashMap<>();
        employees.forEach(e -> names.put(e.id(), e.fullName()));
        return names;
    }

    private Optional<ShiftPay.Result> pay(List<Contract> contracts, Shift shift) {
        return StaffService.contractOn(contracts, shift.employeeId(), shift.date())
                .map(contract -> ShiftPay.pay(shift.work(), contract, bankHolidays));
    }

    // ---- changing the rota

    /** Adds a one-off or cover shift; refused if it overlaps the PA's other shifts or falls while they are away. */
    public Shift addShift(Shift shift) {
        return book.inTransaction(connection -> {
            refuseClash(shift);
            return rota.add(shift);
        });
    }

    public Shift updateShift(Shift shift) {
        return book.inTransaction(connection -> {
            refuseClash(shift);
            return rota.update(shift);
        });
    }

    public void deleteShift(long id) {
        rota.deleteShift(id);
    }

    private void refuseClash(Shift shift) {
        Employee employee = staff.employee(shift.employeeId());
        if (!employee.employedOn(shift.date())) {
            throw new Refusal(employee.fullName() + " is not employed on " + shift.date() + "; check their start and leaving dates.");
        }
        DateRange around = new DateRange(shift.date().minusDays(1), shift.date().plusDays(1));
        RotaRules.refuseClash(shift, rota.shifts(around), rota.absences(), employee.fullName());
    }

    public RotaPattern addPattern(RotaPattern pattern) {
        staff.employee(pattern.employeeId());
        return rota.add(pattern);
    }

    public List<RotaPattern> patterns() {
        return rota.patterns();
    }

    /**
     * Makes the shifts the repeating patterns call for in a range of dates, leaving out any that would
     * clash with a shift already there or fall while the PA is away (those show as gaps to cover).
     *
     * @return how many shifts were added
     */
    public int generate(DateRange days) {
        return fill(days, pattern -> true, false);
    }

    /**
     * {@link #generate} for the patterns {@code which} picks; with {@code skipCovered}, a shift another PA
     * already covers for this one is left out too.
     */
    private int fill(DateRange days, java.util.function.Predicate<RotaPattern> which, boolean skipCovered) {
        return book.inTransaction(connection -> {
            List<Shift> existing = new ArrayList<>(rota.shifts(new DateRange(days.first().minusDays(1), days.last())));
            List<Absence> absences = rota.absences();
            int added = 0;
            for (Employee employee : staff.employees()) {
                for (RotaPattern pattern : rota.patterns()) {
                    if (pattern.employeeId() != employee.id() || !which.test(pattern)) {
                        continue;
                    }
                    for (Shift shift : pattern.shiftsIn(days)) {
                        boolean away = absences.stream().anyMatch(a -> a.employeeId() == shift.employeeId() && a.days().contains(shift.date()));
                        boolean covered = skipCovered && existing.stream().anyMatch(other -> other.coverForEmployeeId() != null
                                && other.coverForEmployeeId() == shift.employeeId() && other.work().overlaps(shift.work()));
                        if (!employee.employedOn(shift.date()) || away || covered || RotaRules.clash(shift, existing).isPresent()) {
                            continue;
                        }
                        existing.add(rota.add(shift));
                        added++;
                    }
                }
            }
            return added;
        });
    }

    /** A repeating shift saved, with how many of its shifts already on the rota were made again to match it. */
    public record PatternSaved(RotaPattern pattern, int shiftsRemade) {
    }

    /**
     * Adds or changes a repeating shift; refused when it overlaps another of the same PA's. A changed
     * pattern also changes the shifts it already made from {@code fromDay} on: they come off the rota
     * and the pattern makes them again (leaving out clashes, days away and days not employed). Earlier
     * shifts stay as they were worked.
     */
    public PatternSaved savePattern(RotaPattern pattern, LocalDate fromDay) {
        Employee employee = staff.employee(pattern.employeeId());
        return book.inTransaction(connection -> {
            RotaRules.refusePatternClash(pattern, rota.patterns(), employee.fullName());
            if (pattern.id() == 0) {
                return new PatternSaved(rota.add(pattern), 0);
            }
            List<Shift> made = shiftsMadeBy(pattern.id(), fromDay);
            RotaPattern saved = rota.update(pattern);
            made.forEach(shift -> rota.deleteShift(shift.id()));
            int remade = made.isEmpty() ? 0 : fill(new DateRange(fromDay, made.get(made.size() - 1).date()), p -> p.id() == saved.id(), false);
            return new PatternSaved(saved, remade);
        });
    }

    /**
     * Deletes a repeating shift and the shifts it made from {@code fromDay} on; earlier shifts stay on the
     * rota as they were worked.
     *
     * @return how many shifts came off the rota
     */
    public int deletePattern(long id, LocalDate fromDay) {
        return book.inTransaction(connection -> {
            List<Shift> made = shiftsMadeBy(id, fromDay);
            made.forEach(shift -> rota.deleteShift(shift.id()));
            rota.deletePattern(id);
            return made.size();
        });
    }

    /** Shifts on the rota from {@code fromDay} on that a pattern made, earliest first. */
    public List<Shift> shiftsMadeBy(long patternId, LocalDate fromDay) {
        return shiftsFrom(fromDay).stream().filter(s -> s.patternId() != null && s.patternId() == patternId).toList();
    }

    private List<Shift> shiftsFrom(LocalDate fromDay) {
        Optional<LocalDate> last = rota.lastShiftDay();
        return last.isEmpty() || last.get().isBefore(fromDay) ? List.of() : rota.shifts(new DateRange(fromDay, last.get()));
    }

    /** A PA's shifts on the rota after {@code lastDay}, such as after their leaving date. */
    public List<Shift> shiftsAfter(long employeeId, LocalDate lastDay) {
        return shiftsFrom(lastDay.plusDays(1)).stream().filter(s -> s.employeeId() == employeeId).toList();
    }

    /** Takes a leaver's shifts after their last day off the rota; returns how many. */
    public int removeShiftsAfter(long employeeId, LocalDate lastDay) {
        return book.inTransaction(connection -> {
            List<Shift> later = shiftsAfter(employeeId, lastDay);
            later.forEach(shift -> rota.deleteShift(shift.id()));
            return later.size();
        });
    }

    // ---- holiday and sickness

    /**
     * Books holiday: the PA's shifts on those days come off the rota (and show as gaps to cover). Refused
     * when it overlaps time already booked away.
     *
     * @return the shifts taken off the rota
     */
    public List<Shift> bookAbsence(Absence absence) {
        Employee employee = staff.employee(absence.employeeId());
        return book.inTransaction(connection -> {
            for (Absence other : rota.absences()) {
                if (other.employeeId() == absence.employeeId() && other.days().overlaps(absence.days())) {
                    throw new Refusal(employee.fullName() + " is already away (" + other.kind().label().toLowerCase(java.util.Locale.ROOT)
                            + ") during " + other.days().display() + "; change that booking instead.");
                }
            }
            List<Shift> removed = rota.shifts(absence.days()).stream().filter(s -> s.employeeId() == absence.employeeId()).toList();
            removed.forEach(s -> rota.deleteShift(s.id()));
            rota.add(absence);
            return removed;
        });
    }

    /** What the holiday and sickness dialogs show for a PA and some days, before anything is booked. */
    public record AbsenceFacts(BigDecimal hoursOnRota, java.util.Set<java.time.DayOfWeek> usualDays, List<Shift> comingOff,
                               Optional<Holiday.Balance> balance) {
    }

    /**
     * For a PA and some days: the paid hours they are on the rota for (or the repeating shifts would give
     * them, where the rota is not made yet), the weekdays they usually work (the qualifying days for SSP),
     * the shifts that come off the rota and need cover, and their holiday balance on the first day
     * (empty when they have no contract then).
     */
    public AbsenceFacts absenceFacts(long employeeId, DateRange days) {
        Employee employee = staff.employee(employeeId);
        List<Shift> onRota = rota.shifts(days).stream().filter(s -> s.employeeId() == employeeId).toList();
        List<RotaPattern> patterns = rota.patterns().stream().filter(p -> p.employeeId() == employeeId).toList();
        List<Shift> counted = onRota.isEmpty() ? patterns.stream().flatMap(p -> p.shiftsIn(days).stream())
                .filter(s -> employee.employedOn(s.date())).toList() : onRota;
        long minutes = counted.stream().mapToLong(s -> s.work().paidMinutes()).sum();
        java.util.Set<java.time.DayOfWeek> usual = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
        DateRange week = DateRange.week(RotaRules.monday(days.first()));
        patterns.stream().filter(p -> week.dates().anyMatch(p::appliesOn)).forEach(p -> usual.add(p.day()));
        if (usual.isEmpty()) {
            rota.shifts(new DateRange(days.first().minusWeeks(4), days.first().minusDays(1))).stream()
                    .filter(s -> s.employeeId() == employeeId).forEach(s -> usual.add(s.date().getDayOfWeek()));
        }
        Optional<Holiday.Balance> balance = staff.contractOn(employeeId, days.first()).isPresent()
                ? Optional.of(holidayBalance(employeeId, days.first())) : Optional.empty();
        return new AbsenceFacts(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP), usual, onRota, balance);
    }

    /**
     * Books holiday or sickness as {@link #bookAbsence} does, but refuses holiday beyond what is left of
     * the PA's entitlement for the leave year ({@link Holiday#assessBooking}).
     */
    public List<Shift> bookWithinEntitlement(Absence absence) {
        return book.inTransaction(connection -> {
            if (absence.kind() == AbsenceKind.HOLIDAY) {
                Holiday.Assessment check = Holiday.assessBooking(holidayBalance(absence.employeeId(), absence.days().first()), absence.hours(),
                        staff.employee(absence.employeeId()).fullName());
                check.refusal().ifPresent(sentence -> {
                    throw new Refusal(sentence);
                });
            }
            return bookAbsence(absence);
        });
    }

    /**
     * Cancels booked holiday or sickness. With {@code refill}, the PA's repeating shifts are put back on
     * the rota for those days (leaving out any that would clash with cover already arranged).
     *
     * @return how many shifts were put back
     */
    public int cancelAbsence(long id, boolean refill) {
        return book.inTransaction(connection -> {
            Absence absence = rota.absences().stream().filter(a -> a.id() == id).findFirst()
                    .orElseThrow(() -> new Refusal("That time away is no longer in the book; reopen the Rota page."));
            rota.deleteAbsence(id);
            return refill ? fill(absence.days(), p -> p.employeeId() == absence.employeeId(), true) : 0;
        });
    }

    public List<Absence> absences(long employeeId) {
        return rota.absences().stream().filter(a -> a.employeeId() == employeeId).toList();
    }

    /** Sickness for the payroll: each period with its qualifying days, for SSP. */
    public List<Absence> sickness(long employeeId) {
        return absences(employeeId).stream().filter(a -> a.kind() == AbsenceKind.SICKNESS).toList();
    }

    /**
     * A PA's holiday for the leave year containing {@code date}: fixed hours get 5.6 weeks pro rata
     * (built up monthly in their first year); irregular hours build up 12.07% of the hours worked on the
     * rota so far this leave year. Taken is the holiday booked in the leave year.
     */
    public Holiday.Balance holidayBalance(long employeeId, LocalDate date) {
        Employee employee = staff.employee(employeeId);
        Contract contract = staff.contractOn(employeeId, date)
                .orElseThrow(() -> new Refusal(employee.fullName() + " has no contract on " + date + "; add their terms first."));
        DateRange year = Holiday.leaveYear(contract.holidayYearStart(), date);
        BigDecimal taken = absences(employeeId).stream().filter(a -> a.kind() == AbsenceKind.HOLIDAY && year.contains(a.days().first()))
                .map(Absence::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (contract.irregularHours()) {
            long minutes = rota.shifts(new DateRange(year.first(), date)).stream().filter(s -> s.employeeId() == employeeId)
                    .mapToLong(s -> s.work().paidMinutes()).sum();
            BigDecimal worked = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            BigDecimal accrued = Holiday.irregularHoursAccrued(worked);
            return new Holiday.Balance(year, accrued, accrued, taken, true);
        }
        BigDecimal entitlement = Holiday.fixedHoursEntitlement(contract.hoursPerWeek(), year, employee.startDate(), employee.leaveDate());
        return new Holiday.Balance(year, entitlement, Holiday.fixedHoursAccrued(entitlement, employee.startDate(), date), taken, false);
    }

    // ---- cost, for the dashboard's forecast

    /**
     * What the rota costs in gross pay to PAs for the week starting on the Monday of {@code weekStart}:
     * each shift paid under the PA's contract for its day (see {@link ShiftPay} for rates and the half-up
     * rounding per shift). Weeks with shifts on the rota use those shifts; a week beyond the last shift on
     * the rota uses the repeating patterns, less any booked time away. Employer's NI, pension and
     * holiday pay are not included: the payroll adds those. Zero when there is no rota.
     */
    public Money weeklyCost(LocalDate weekStart) {
        DateRange days = DateRange.week(RotaRules.monday(weekStart));
        List<Shift> shifts = rota.shifts(days);
        Optional<LocalDate> last = rota.lastShiftDay();
        if (shifts.isEmpty() && (last.isEmpty() || last.get().isBefore(days.first()))) {
            List<Absence> absences = rota.absences();
            shifts = rota.patterns().stream().flatMap(p -> p.shiftsIn(days).stream())
                    .filter(s -> absences.stream().noneMatch(a -> a.employeeId() == s.employeeId() && a.days().contains(s.date())))
                    .toList();
        }
        List<Contract> contracts = staff.contracts();
        Money cost = Money.ZERO;
        for (Shift shift : shifts) {
            cost = cost.plus(pay(contracts, shift).map(ShiftPay.Result::pay).orElse(Money.ZERO));
        }
        return cost;
    }

    /**
     * The average of {@link #weeklyCost} over the weeks (Monday to Sunday) that start from the Monday on or
     * before {@code from} up to {@code to}, rounded half up to the penny. The dashboard's forecast multiplies
     * it by the weeks left in the plan year.
     */
    public Money averageWeeklyCost(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new Refusal("The forecast period ends before it starts; check the dates.");
        }
        long total = 0;
        int weeks = 0;
        for (LocalDate monday = RotaRules.monday(from); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            total += weeklyCost(monday).pence();
            weeks++;
        }
        return Money.ofPence(Math.floorDiv(2 * total + weeks, 2L * weeks));
    }

    public Optional<ShiftPay.Result> pay(Shift shift) {
        return pay(staff.contracts(), shift);
    }
}

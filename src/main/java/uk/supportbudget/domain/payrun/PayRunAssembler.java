package uk.supportbudget.domain.payrun;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.payroll.AutoEnrolment;
import uk.supportbudget.domain.payroll.EmploymentAllowance;
import uk.supportbudget.domain.payroll.HolidayPay;
import uk.supportbudget.domain.payroll.MinimumWage;
import uk.supportbudget.domain.payroll.MinimumWageRates;
import uk.supportbudget.domain.payroll.NiThresholds;
import uk.supportbudget.domain.payroll.PayPeriod;
import uk.supportbudget.domain.payroll.PayslipCalculation;
import uk.supportbudget.domain.payroll.PayslipCalculator;
import uk.supportbudget.domain.payroll.RatesTable;
import uk.supportbudget.domain.payroll.StudentLoanPlan;
import uk.supportbudget.domain.rota.Absence;
import uk.supportbudget.domain.rota.AbsenceKind;
import uk.supportbudget.domain.rota.BankHolidays;
import uk.supportbudget.domain.rota.DateRange;
import uk.supportbudget.domain.rota.Holiday;
import uk.supportbudget.domain.rota.ShiftPay;
import uk.supportbudget.domain.rota.ShiftType;
import uk.supportbudget.domain.rota.Timesheet;
import uk.supportbudget.domain.rota.TimesheetLine;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.PensionStatus;
import uk.supportbudget.domain.staff.StarterDeclaration;

/**
 * Puts one PA's pay for one pay run together, as a pure function of what the book holds: the signed
 * timesheets (hours × rates, sleep-ins, bank holiday premiums, shift by shift), holiday taken (at the
 * normal rate for fixed hours, at average hourly pay for irregular hours, or rolled up at 12.07%), and
 * Statutory Sick Pay for sickness; then the engine's tax, NI, student loans and pension on that gross,
 * cumulative with the year so far. Each figure comes with its sentence.
 */
public final class PayRunAssembler {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    /** Holiday pay for irregular hours looks back over this many weeks of pay (Working Time Regulations, reg. 16). */
    private static final int HOLIDAY_REFERENCE_WEEKS = 52;

    private PayRunAssembler() {
    }

    /** A PA's pay in an earlier, finalised run: for average holiday pay and SSP's average weekly earnings. */
    public record PastPay(LocalDate payDate, Money gross, Money payForWork, long minutesWorked) {
    }

    /**
     * @param contractOn the PA's terms on a day, or {@code null} when there were none
     * @param timesheets the PA's signed timesheets this run pays
     * @param absences the PA's holiday and sickness (any dates; those in the work period count)
     * @param history the PA's earlier finalised pay, any tax year
     * @param previous this employment's totals for the tax year before this run
     * @param allowance the Employment Allowance left before this PA's line, or {@code null} when not claimed
     * @param rolledUpHoliday pay rolled-up holiday pay (12.07%) to an irregular-hours PA instead of paying holiday when taken
     * @param ratesForYear the rate table of any tax year: a spell of sickness can run across tax years
     * @param pensionEvents opt-out notices and enrolment dates that this run's pension assessment acts on
     * @param previousEmployment pay and tax from a P45 entered for this tax year, or {@code null} to use the starter's P45 on the PA's record
     * @param sickPayPaid the SSP days earlier finalised runs paid, and their periods, for arrears without paying a day twice
     */
    public record Input(RatesTable rates, PayPeriod taxPeriod, LocalDate payDate, DateRange workPeriod, Employee employee,
            Function<LocalDate, Contract> contractOn, BankHolidays bankHolidays, List<Timesheet> timesheets, List<Absence> absences,
            List<PastPay> history, YearToDate previous, EmploymentAllowance allowance, PayrollSettings settings,
            List<MinimumWageRates> minimumWages, boolean rolledUpHoliday, Function<TaxYear, RatesTable> ratesForYear,
            PensionEvents pensionEvents, PayRunLine.P45Totals previousEmployment, SickPayPaid sickPayPaid) {

        public Input {
            Objects.requireNonNull(rates, "rates");
            Objects.requireNonNull(taxPeriod, "taxPeriod");
            Objects.requireNonNull(employee, "employee");
            timesheets = List.copyOf(timesheets);
            absences = List.copyOf(absences);
            history = List.copyOf(history);
            ratesForYear = ratesForYear == null ? onlyYear(rates) : ratesForYear;
            pensionEvents = pensionEvents == null ? PensionEvents.NONE : pensionEvents;
            sickPayPaid = sickPayPaid == null ? SickPayPaid.NONE : sickPayPaid;
        }

        /** Input with only this tax year's rates and no pension notices. */
        public Input(RatesTable rates, PayPeriod taxPeriod, LocalDate payDate, DateRange workPeriod, Employee employee,
                Function<LocalDate, Contract> contractOn, BankHolidays bankHolidays, List<Timesheet> timesheets, List<Absence> absences,
                List<PastPay> history, YearToDate previous, EmploymentAllowance allowance, PayrollSettings settings,
                List<MinimumWageRates> minimumWages, boolean rolledUpHoliday) {
            this(rates, taxPeriod, payDate, workPeriod, employee, contractOn, bankHolidays, timesheets, absences, history, previous, allowance,
                    settings, minimumWages, rolledUpHoliday, null, null, null, null);
        }

        /** Input without a P45 entered for the tax year (the starter's P45 on the PA's record counts) and no record of SSP days paid before. */
        public Input(RatesTable rates, PayPeriod taxPeriod, LocalDate payDate, DateRange workPeriod, Employee employee,
                Function<LocalDate, Contract> contractOn, BankHolidays bankHolidays, List<Timesheet> timesheets, List<Absence> absences,
                List<PastPay> history, YearToDate previous, EmploymentAllowance allowance, PayrollSettings settings,
                List<MinimumWageRates> minimumWages, boolean rolledUpHoliday, Function<TaxYear, RatesTable> ratesForYear,
                PensionEvents pensionEvents) {
            this(rates, taxPeriod, payDate, workPeriod, employee, contractOn, bankHolidays, timesheets, absences, history, previous, allowance,
                    settings, minimumWages, rolledUpHoliday, ratesForYear, pensionEvents, null, null);
        }

        private static Function<TaxYear, RatesTable> onlyYear(RatesTable rates) {
            return year -> {
                if (!year.equals(rates.taxYear())) {
                    throw new IllegalStateException("Rates for " + year + " are needed but only " + rates.taxYear() + " was given");
                }
                return rates;
            };
        }
    }

    /** The PA's line and the Employment Allowance left after it. */
    public record Result(PayRunLine line, EmploymentAllowance allowanceAfter) {
    }

    /** The PA's pay for the run, or empty when there is nothing to pay (no signed hours, holiday or sick pay). */
    public static Optional<Result> assemble(Input in) {
        Employee employee = in.employee();
        List<String> warnings = new ArrayList<>();
        Map<String, String> explanations = new LinkedHashMap<>();
        Elements elements = new Elements();
        long minutesWorked = 0;
        List<Long> timesheetIds = new ArrayList<>();
        int age = employee.ageOn(in.payDate());
        boolean belowMinimum = false;

        for (Timesheet sheet : in.timesheets()) {
            if (!sheet.signed()) {
                throw new IllegalArgumentException("Only signed timesheets are paid");
            }
            timesheetIds.add(sheet.id());
            if (sheet.period().last().isBefore(in.workPeriod().first())) {
                warnings.add("Includes the timesheet for " + sheet.period().display() + ", from an earlier period and not paid before.");
            }
            for (TimesheetLine line : sheet.lines()) {
                Contract contract = contract(in, line.work().date());
                ShiftPay.Result pay = ShiftPay.pay(line.work(), contract, in.bankHolidays());
                minutesWorked += pay.paidMinutes();
                if (line.work().type() == ShiftType.SLEEP_IN) {
                    elements.add(PayElement.Kind.SLEEP_IN, "Sleep-ins", 0, 1, contract.sleepInAllowance(), contract.sleepInAllowance());
                    if (line.work().awakeMinutes() > 0) {
                        elements.add(PayElement.Kind.HOURS, "Awake during sleep-ins", pay.paidMinutes(), 0, contract.wakingNight(),
                                pay.pay().minus(contract.sleepInAllowance()));
                    }
                } else {
                    elements.add(PayElement.Kind.HOURS, hoursLabel(line, contract, pay, in.bankHolidays()), pay.paidMinutes(), 0,
                            pay.hourlyRate(), pay.pay());
                }
            }
        }
        for (PayElement element : elements.list()) {
            if (element.kind() == PayElement.Kind.HOURS) {
                MinimumWage.Check check = MinimumWage.check(in.minimumWages(), in.payDate(), age, employee.apprentice(), element.rate());
                if (!check.meetsMinimum()) {
                    belowMinimum = true;
                    warnings.add(element.description() + " for " + employee.fullName() + " (aged " + age + " on the payday): " + check.message());
                }
            }
        }

        // Holiday and sickness are paid for the days this run covers: its own period, and the period of any
        // late timesheet it pays (the PA was left out of that period's run while the timesheet waited for signature).
        LocalDate coveredFrom = in.timesheets().stream().map(t -> t.period().first()).filter(d -> d.isBefore(in.workPeriod().first()))
                .min(LocalDate::compareTo).orElse(in.workPeriod().first());
        DateRange covered = new DateRange(coveredFrom, in.workPeriod().last());
        Contract terms = contract(in, in.workPeriod().last().isAfter(in.payDate()) ? in.payDate() : in.workPeriod().last());
        boolean rolledUp = in.rolledUpHoliday() && terms.irregularHours();
        List<PayElement> extra = new ArrayList<>();
        Money payForWork = elements.total();
        for (Absence absence : in.absences()) {
            if (absence.employeeId() == employee.id() && absence.days().overlaps(covered) && absence.kind() == AbsenceKind.HOLIDAY) {
                holiday(in, covered, absence, terms, rolledUp, payForWork, minutesWorked, warnings).ifPresent(extra::add);
            }
        }
        SickPayLines.Result sickPay = SickPayLines.lines(in, covered, payForWork);
        extra.addAll(sickPay.elements());
        warnings.addAll(sickPay.warnings());
        if (rolledUp && payForWork.isPositive()) {
            Money rolled = HolidayPay.rolledUp(payForWork);
            extra.add(new PayElement(PayElement.Kind.ROLLED_UP_HOLIDAY, "Rolled-up holiday pay", 0, 0, null, rolled,
                    "Rolled-up holiday pay: 12.07% of the " + payForWork.display() + " paid for work, to the nearest penny = "
                            + rolled.display() + ". Holiday taken later is unpaid, because it is paid now."));
        }
        List<PayElement> all = new ArrayList<>(elements.list());
        all.addAll(extra);
        Money gross = all.stream().map(PayElement::amount).reduce(Money.ZERO, Money::plus);
        if (!gross.isPositive()) {
            return Optional.empty();
        }
        for (int i = 0; i < all.size(); i++) {
            explanations.put("pay." + (i + 1), all.get(i).explanation());
        }
        explanations.put("gross", "Gross pay: " + String.join(", ", all.stream().map(e -> e.description() + " " + e.amount().display()).toList())
                + " = " + gross.display() + ".");

        // Workplace pension: assessed every run.
        PayFrequency frequency = in.taxPeriod().frequency();
        boolean statePensionAge = reachedStatePensionAge(employee.dateOfBirth(), in.payDate());
        AutoEnrolment.WorkerCategory category = AutoEnrolment.assess(in.rates(), frequency, age, statePensionAge, gross);
        PensionAssessment.Outcome pensionOutcome = PensionAssessment.assess(in, category);
        boolean contributing = pensionOutcome.contributing();
        PensionStatus after = pensionOutcome.after();
        String action = pensionOutcome.action();
        warnings.addAll(pensionOutcome.warnings());
        explanations.put("pensionAssessment", "Pension assessment: aged " + age + ", earnings " + gross.display() + " this "
                + periodWord(frequency) + ": " + describe(category, in.rates(), frequency, gross) + "." + action);
        PayslipCalculator.Pension pension = contributing
                ? new PayslipCalculator.Pension(in.settings().pensionEmployeeRate(), in.settings().pensionEmployerRate(), in.settings().pensionRelief())
                : null;

        // Tax, NI, loans and pension: the engine, cumulative with the year so far and any P45.
        PayRunLine.P45Totals p45 = in.previousEmployment() != null ? in.previousEmployment() : p45For(employee, in.payDate());
        List<StudentLoanPlan> loans = new ArrayList<>();
        if (employee.studentLoan() != null) {
            loans.add(employee.studentLoan());
        }
        if (employee.postgraduateLoan()) {
            loans.add(StudentLoanPlan.POSTGRADUATE);
        }
        YearToDate previous = in.previous() == null ? YearToDate.NONE : in.previous();
        Money refundedBeforeTax = refundedBeforeTax(in, pensionOutcome.refund());
        PayslipCalculation calc = PayslipCalculator.calculate(new PayslipCalculator.Input(in.rates(), in.taxPeriod(), employee.taxCode(),
                employee.niCategory(), gross, previous.taxablePay().plus(p45.pay()), previous.tax().plus(p45.tax()), loans, pension,
                in.allowance(), refundedBeforeTax));
        explanations.putAll(calc.explanations());

        NiThresholds thresholds = in.rates().nationalInsurance().thresholdsFor(frequency);
        Money atLel = Money.ZERO;
        Money lelToPt = Money.ZERO;
        Money ptToUel = Money.ZERO;
        if (gross.compareTo(thresholds.lowerEarningsLimit()) >= 0) {
            atLel = thresholds.lowerEarningsLimit();
            lelToPt = min(gross, thresholds.primaryThreshold()).minus(thresholds.lowerEarningsLimit());
            ptToUel = max(Money.ZERO, min(gross, thresholds.upperEarningsLimit()).minus(thresholds.primaryThreshold()));
        }
        Money studentLoan = Money.ZERO;
        Money postgraduate = Money.ZERO;
        for (Map.Entry<StudentLoanPlan, Money> loan : calc.studentLoans().entrySet()) {
            if (loan.getKey() == StudentLoanPlan.POSTGRADUATE) {
                postgraduate = postgraduate.plus(loan.getValue());
            } else {
                studentLoan = studentLoan.plus(loan.getValue());
            }
        }
        Money pensionEmployee = calc.pension() == null ? Money.ZERO : calc.pension().employeeContribution();
        Money pensionFromPay = calc.pension() == null ? Money.ZERO : calc.pension().deductedFromPay();
        Money pensionEmployer = calc.pension() == null ? Money.ZERO : calc.pension().employerContribution();

        BigDecimal weeklyHours = terms.irregularHours() ? averageWeeklyHours(minutesWorked, frequency) : terms.hoursPerWeek();
        PayRunLine line = new PayRunLine(employee.id(), employee.fullName(), employee.niNumber() == null ? "" : employee.niNumber().value(),
                employee.taxCode(), employee.niCategory(), minutesWorked, all, gross, calc.taxablePay(), calc.tax().tax(), calc.ni().employee(),
                calc.ni().employer(), calc.employmentAllowanceUsed(), studentLoan, postgraduate, pensionEmployee, pensionFromPay,
                pensionEmployer, calc.netPay().plus(pensionOutcome.refund().employee()), calc.employerCost(), atLel, lelToPt, ptToUel,
                PayrollCalendar.hoursBand(weeklyHours), previous, p45, after, explanations, warnings, belowMinimum, timesheetIds,
                pensionOutcome.refund(), sickPay.days());
        if (pensionOutcome.refund().employee().isPositive() || pensionOutcome.refund().employer().isPositive()) {
            explanations.put("pensionRefund", "Pension refund after opting out: " + pensionOutcome.refund().employee().display()
                    + " back to " + employee.fullName() + " with this pay, so net pay is " + calc.netPay().display() + " + "
                    + pensionOutcome.refund().employee().display() + " = " + line.net().display() + "; with the employer's "
                    + pensionOutcome.refund().employer().display() + " it comes off what is owed to the pension scheme."
                    + (refundedBeforeTax.isZero() ? " The contributions were paid from pay after tax (relief at source), so the refund is not taxed."
                            : " The contributions had been taken before tax under the net pay arrangement, so the refund is added to taxable pay: "
                                    + gross.display() + " pay + " + refundedBeforeTax.display() + " refund = " + calc.taxablePay().display()
                                    + " taxable pay for PAYE. National Insurance is worked out on the " + gross.display()
                                    + " only, because NI was paid on the contributions when they were taken."));
        }
        YearToDate ytd = line.yearToDate();
        explanations.put("yearToDate", "Year to date in this job (" + TaxYear.containing(in.payDate()) + "): pay " + ytd.gross().display()
                + ", tax " + ytd.tax().display() + ", employee NI " + ytd.employeeNi().display() + ", pension " + ytd.pensionFromPay().display()
                + (p45.pay().isZero() && p45.tax().isZero() ? "" : "; the tax worked out also counts the P45 from the last job (pay "
                        + p45.pay().display() + ", tax " + p45.tax().display() + ")") + ".");
        line = new PayRunLine(line.employeeId(), line.employeeName(), line.niNumber(), line.taxCode(), line.niCategory(), line.minutesWorked(),
                line.elements(), line.gross(), line.taxablePay(), line.tax(), line.employeeNi(), line.employerNi(), line.employmentAllowance(),
                line.studentLoan(), line.postgraduateLoan(), line.pensionEmployee(), line.pensionFromPay(), line.pensionEmployer(), line.net(),
                line.employerCost(), line.earningsAtLel(), line.lelToPt(), line.ptToUel(), line.hoursBand(), line.previous(), line.p45(),
                line.pensionStatusAfter(), explanations, line.warnings(), line.belowMinimumWage(), line.timesheetIds(), line.pensionRefund(),
                line.sickPayDays());
        return Optional.of(new Result(line, calc.allowanceAfter()));
    }

    /**
     * The part of an opt-out refund that is taxable pay in the run that pays it: contributions taken before tax under
     * a net pay arrangement (HMRC PTM044230), not those paid from taxed pay under relief at source. The refund is never
     * NI-able: net pay contributions come off pay for tax only, so NI was paid on them when they were deducted.
     */
    private static Money refundedBeforeTax(Input in, PayRunLine.PensionRefund refund) {
        return in.settings().pensionRelief() == AutoEnrolment.TaxRelief.NET_PAY_ARRANGEMENT ? refund.employee() : Money.ZERO;
    }

    private static Contract contract(Input in, LocalDate day) {
        Contract contract = in.contractOn().apply(day);
        if (contract == null) {
            throw new Refusal(in.employee().fullName() + " has no contract on " + day.format(DAY) + "; add their terms on the Staff page first.");
        }
        return contract;
    }

    private static String hoursLabel(TimesheetLine line, Contract contract, ShiftPay.Result pay, BankHolidays bankHolidays) {
        LocalDate date = line.work().date();
        if (line.work().type() == ShiftType.BANK_HOLIDAY
                || bankHolidays.isBankHoliday(date) && pay.hourlyRate().equals(contract.bankHoliday()) && !contract.bankHolidayRate().isZero()) {
            return "Bank holiday hours";
        }
        return switch (line.work().type()) {
            case NIGHT -> "Night hours";
            case WAKING_NIGHT -> "Waking night hours";
            default -> date.getDayOfWeek().getValue() >= 6 ? "Weekend hours" : "Day hours";
        };
    }

    private static Optional<PayElement> holiday(Input in, DateRange covered, Absence absence, Contract terms, boolean rolledUp,
            Money payForWork, long minutesWorked, List<String> warnings) {
        long daysIn = absence.days().dates().filter(covered::contains).count();
        BigDecimal hours = absence.hours().multiply(BigDecimal.valueOf(daysIn)).divide(BigDecimal.valueOf(absence.days().days()), 2,
                RoundingMode.HALF_UP);
        String when = absence.days().display();
        if (rolledUp) {
            warnings.add("Holiday " + when + " (" + hours.toPlainString() + " h) is not paid now: " + in.employee().fullName()
                    + " is paid rolled-up holiday pay with each period's pay.");
            return Optional.empty();
        }
        long minutes = hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        Money rate;
        String basis;
        if (!terms.irregularHours()) {
            rate = terms.dayRate();
            basis = "the normal day rate of " + rate.display();
        } else {
            LocalDate from = absence.days().first().minusWeeks(HOLIDAY_REFERENCE_WEEKS);
            Money pay = Money.ZERO;
            long worked = 0;
            for (PastPay past : in.history()) {
                if (!past.payDate().isBefore(from) && past.payDate().isBefore(absence.days().first())) {
                    pay = pay.plus(past.payForWork());
                    worked += past.minutesWorked();
                }
            }
            if (worked == 0) {
                pay = payForWork;
                worked = minutesWorked;
            }
            if (worked == 0) {
                rate = terms.dayRate();
                basis = "the day rate of " + rate.display() + " (there is no earlier pay to average)";
            } else {
                rate = Holiday.averageHourlyRate(pay, worked);
                basis = "average hourly pay of " + rate.display() + " (" + pay.display() + " for " + ShiftPay.hours(worked)
                        + " worked in the paid weeks of the last 52)";
            }
        }
        Money amount = ShiftPay.hourlyPayHalfUpToPenny(rate, minutes);
        return Optional.of(new PayElement(PayElement.Kind.HOLIDAY, "Holiday pay", minutes, 0, rate, amount, "Holiday " + when + ": "
                + ShiftPay.hours(minutes) + " at " + basis + " = " + amount.display() + "."));
    }

    /** Hours a week on average over one pay period: a month is 52/12 weeks. */
    private static BigDecimal averageWeeklyHours(long minutes, PayFrequency frequency) {
        BigDecimal hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP);
        return frequency == PayFrequency.MONTHLY
                ? hours.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(52), 2, RoundingMode.HALF_UP)
                : hours.divide(BigDecimal.valueOf(frequency.unitsPerPeriod()), 2, RoundingMode.HALF_UP);
    }

    private static PayRunLine.P45Totals p45For(Employee employee, LocalDate payDate) {
        if (employee.starter() != StarterDeclaration.P45 || employee.p45() == null
                || !TaxYear.containing(employee.startDate()).equals(TaxYear.containing(payDate))) {
            return PayRunLine.P45Totals.NONE;
        }
        return new PayRunLine.P45Totals(employee.p45().previousPay(), employee.p45().previousTax());
    }

    /**
     * State Pension age, simply: 66 for people born before 6 April 1960, 67 for those born later (the
     * phased months between are rounded up to 67, so nobody is left out of a pension by mistake).
     */
    static boolean reachedStatePensionAge(LocalDate born, LocalDate on) {
        int pensionAge = born.isBefore(LocalDate.of(1960, 4, 6)) ? 66 : 67;
        return Period.between(born, on).getYears() >= pensionAge;
    }

    private static String describe(AutoEnrolment.WorkerCategory category, RatesTable rates, PayFrequency frequency, Money earnings) {
        var thresholds = rates.autoEnrolmentFor(frequency);
        return switch (category) {
            case ELIGIBLE_JOBHOLDER -> "above the " + thresholds.earningsTrigger().display() + " trigger, an eligible jobholder";
            case NON_ELIGIBLE_JOBHOLDER -> (earnings.compareTo(thresholds.earningsTrigger()) > 0
                    ? "above the " + thresholds.earningsTrigger().display() + " trigger but under 22 or over State Pension age"
                    : "above " + thresholds.qualifyingEarningsLower().display() + " but not above the " + thresholds.earningsTrigger().display()
                            + " trigger") + ", a non-eligible jobholder, who may opt in with employer contributions";
            case ENTITLED_WORKER -> "not above " + thresholds.qualifyingEarningsLower().display() + ", an entitled worker, who may ask to join a scheme";
            case NO_DUTIES -> "outside the ages 16 to 74, so there are no pension duties";
        };
    }

    private static String periodWord(PayFrequency frequency) {
        return switch (frequency) {
            case MONTHLY -> "month";
            case WEEKLY -> "week";
            case FORTNIGHTLY -> "fortnight";
            case FOUR_WEEKLY -> "four weeks";
        };
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Timesheet pay gathered by what it is for and its rate, in the order first met. */
    private static final class Elements {
        private record Key(PayElement.Kind kind, String description, Money rate) {
        }

        private final Map<Key, PayElement> byKey = new LinkedHashMap<>();

        void add(PayElement.Kind kind, String description, long minutes, int count, Money rate, Money amount) {
            byKey.merge(new Key(kind, description, rate), new PayElement(kind, description, minutes, count, rate, amount, ""),
                    (a, b) -> new PayElement(kind, description, a.minutes() + b.minutes(), a.count() + b.count(), rate,
                            a.amount().plus(b.amount()), ""));
        }

        Money total() {
            return byKey.values().stream().map(PayElement::amount).reduce(Money.ZERO, Money::plus);
        }

        List<PayElement> list() {
            return byKey.values().stream().map(e -> new PayElement(e.kind(), e.description(), e.minutes(), e.count(), e.rate(), e.amount(),
                    e.kind() == PayElement.Kind.SLEEP_IN
                            ? e.description() + ": " + e.count() + " × the allowance of " + e.rate().display() + " = " + e.amount().display()
                                    + ". Time asleep is not working time; time awake and working is paid by the hour."
                            : e.description() + ": " + ShiftPay.hours(e.minutes()) + " at " + e.rate().display()
                                    + ", worked out shift by shift and rounded half up to the penny each time = " + e.amount().display() + "."))
                    .toList();
        }
    }
}

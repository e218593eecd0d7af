package uk.supportbudget.ui.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.PayFrequency;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.StudentLoanPlan;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.staff.BankDetails;
import uk.supportbudget.domain.staff.Contract;
import uk.supportbudget.domain.staff.DbsCheck;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.NiNumber;
import uk.supportbudget.domain.staff.P45Figures;
import uk.supportbudget.domain.staff.PensionStatus;
import uk.supportbudget.domain.staff.StarterDeclaration;
import uk.supportbudget.service.StaffService;

/**
 * The PA form's state, with no nodes: what is typed, each field's problem as a sentence (or none), and
 * the employee and contract it builds. The minimum wage is checked at the rate fields for the PA's age
 * on the day the terms start. The guided setup's staff step uses the same model for its short form
 * (name, date of birth, start, rate, hours, pay frequency), so both check a PA the same way.
 */
public final class StaffFormModel {

    final ObjectProperty<Long> employeeId = new SimpleObjectProperty<>(0L);
    public final StringProperty fullName = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>();
    final StringProperty niNumber = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    final ObjectProperty<StarterDeclaration> starter = new SimpleObjectProperty<>(StarterDeclaration.A);
    final StringProperty taxCode = new SimpleStringProperty("1257L");
    final ObjectProperty<NiCategory> niCategory = new SimpleObjectProperty<>(NiCategory.A);
    final ObjectProperty<PensionStatus> pension = new SimpleObjectProperty<>(PensionStatus.NOT_YET_ASSESSED);
    final StringProperty sortCode = new SimpleStringProperty("");
    final StringProperty accountNumber = new SimpleStringProperty("");
    final StringProperty emergencyContact = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> dbsDate = new SimpleObjectProperty<>();
    final StringProperty dbsNumber = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> rightToWork = new SimpleObjectProperty<>();
    final BooleanProperty apprentice = new SimpleBooleanProperty(false);
    public final ObjectProperty<LocalDate> termsFrom = new SimpleObjectProperty<>();
    public final StringProperty hoursPerWeek = new SimpleStringProperty("");
    public final StringProperty dayRate = new SimpleStringProperty("");
    final StringProperty nightRate = new SimpleStringProperty("");
    final StringProperty weekendRate = new SimpleStringProperty("");
    final StringProperty bankHolidayRate = new SimpleStringProperty("");
    final StringProperty sleepIn = new SimpleStringProperty("");
    final StringProperty wakingNightRate = new SimpleStringProperty("");
    final StringProperty noticeWeeks = new SimpleStringProperty("1");
    public final ObjectProperty<PayFrequency> payFrequency = new SimpleObjectProperty<>(PayFrequency.MONTHLY);
    final ObjectProperty<LocalDate> leaveDate = new SimpleObjectProperty<>();
    final StringProperty p45Pay = new SimpleStringProperty("");
    final StringProperty p45Tax = new SimpleStringProperty("");
    final StringProperty p45TaxCode = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> p45LeftOn = new SimpleObjectProperty<>();
    final ObjectProperty<LoanChoice> studentLoan = new SimpleObjectProperty<>(LoanChoice.NONE);
    final BooleanProperty postgraduateLoan = new SimpleBooleanProperty(false);

    /** A student loan plan to choose, or none. */
    record LoanChoice(StudentLoanPlan plan) {
        static final LoanChoice NONE = new LoanChoice(null);

        static java.util.List<LoanChoice> all() {
            return java.util.List.of(NONE, new LoanChoice(StudentLoanPlan.PLAN_1), new LoanChoice(StudentLoanPlan.PLAN_2),
                    new LoanChoice(StudentLoanPlan.PLAN_4), new LoanChoice(StudentLoanPlan.PLAN_5));
        }

        @Override
        public String toString() {
            return plan == null ? uk.supportbudget.ui.common.I18n.tr("staff.loan.none") : plan.displayName();
        }
    }

    /** An empty form for a new PA starting {@code today}. */
    public void clear(LocalDate today) {
        employeeId.set(0L);
        for (StringProperty text : new StringProperty[] {fullName, address, niNumber, sortCode, accountNumber, emergencyContact, dbsNumber,
                hoursPerWeek, dayRate, nightRate, weekendRate, bankHolidayRate, sleepIn, wakingNightRate}) {
            text.set("");
        }
        taxCode.set("1257L");
        noticeWeeks.set("1");
        dateOfBirth.set(null);
        dbsDate.set(null);
        rightToWork.set(null);
        startDate.set(today);
        termsFrom.set(today);
        starter.set(StarterDeclaration.A);
        niCategory.set(NiCategory.A);
        pension.set(PensionStatus.NOT_YET_ASSESSED);
        payFrequency.set(PayFrequency.MONTHLY);
        apprentice.set(false);
        leaveDate.set(null);
        p45Pay.set("");
        p45Tax.set("");
        p45TaxCode.set("");
        p45LeftOn.set(null);
        studentLoan.set(LoanChoice.NONE);
        postgraduateLoan.set(false);
    }

    void load(StaffService.StaffMember member) {
        Employee e = member.employee();
        employeeId.set(e.id());
        fullName.set(e.fullName());
        address.set(e.address());
        dateOfBirth.set(e.dateOfBirth());
        niNumber.set(e.niNumber() == null ? "" : e.niNumber().display());
        startDate.set(e.startDate());
        starter.set(e.starter());
        taxCode.set(e.taxCode().toString());
        niCategory.set(e.niCategory());
        pension.set(e.pension());
        sortCode.set(e.bank() == null ? "" : e.bank().sortCode().display());
        accountNumber.set(e.bank() == null ? "" : e.bank().accountNumber());
        emergencyContact.set(e.emergencyContact());
        dbsDate.set(e.dbs() == null ? null : e.dbs().issuedOn());
        dbsNumber.set(e.dbs() == null ? "" : e.dbs().certificateNumber());
        rightToWork.set(e.rightToWorkCheckedOn());
        apprentice.set(e.apprentice());
        leaveDate.set(e.leaveDate());
        p45Pay.set(e.p45() == null ? "" : e.p45().previousPay().plain());
        p45Tax.set(e.p45() == null ? "" : e.p45().previousTax().plain());
        p45TaxCode.set(e.p45() == null ? "" : e.p45().taxCode().toString());
        p45LeftOn.set(e.p45() == null ? null : e.p45().leftPreviousJobOn());
        studentLoan.set(new LoanChoice(e.studentLoan()));
        postgraduateLoan.set(e.postgraduateLoan());
        member.contract().ifPresent(c -> {
            termsFrom.set(c.startsOn());
            hoursPerWeek.set(c.hoursPerWeek() == null ? "" : c.hoursPerWeek().toPlainString());
            dayRate.set(c.dayRate().plain());
            nightRate.set(rate(c.nightRate()));
            weekendRate.set(rate(c.weekendRate()));
            bankHolidayRate.set(rate(c.bankHolidayRate()));
            sleepIn.set(rate(c.sleepInAllowance()));
            wakingNightRate.set(rate(c.wakingNightRate()));
            noticeWeeks.set(Integer.toString(c.noticeWeeks()));
            payFrequency.set(c.payFrequency());
        });
    }

    private static String rate(Money money) {
        return money.isZero() ? "" : money.plain();
    }

    boolean isNew() {
        return employeeId.get() == 0L;
    }

    // ---- each field's problem, as the sentence the field shows

    public Optional<String> nameProblem() {
        return fullName.get().isBlank() ? Optional.of("Please enter the PA's full name.") : Optional.empty();
    }

    Optional<String> niProblem() {
        return niNumber.get().isBlank() ? Optional.empty() : problem(() -> NiNumber.parse(niNumber.get()));
    }

    Optional<String> taxCodeProblem() {
        return problem(() -> TaxCode.parse(taxCode.get()));
    }

    Optional<String> bankProblem() {
        return sortCode.get().isBlank() && accountNumber.get().isBlank() ? Optional.empty() : problem(this::bank);
    }

    Optional<String> dbsProblem() {
        return dbsNumber.get().isBlank() ? Optional.empty() : problem(() -> new DbsCheck(dbsDate.get() == null ? LocalDate.MIN : dbsDate.get(),
                dbsNumber.get()));
    }

    boolean fromP45() {
        return starter.get() == StarterDeclaration.P45;
    }

    /** Pay to date on the P45 (box 7 of part 2): needed when the PA brings one; never negative. */
    Optional<String> p45PayProblem() {
        if (!fromP45()) {
            return Optional.empty();
        }
        if (p45Pay.get().isBlank()) {
            return Optional.of("Please enter the total pay to date from the P45.");
        }
        Optional<String> notAmount = problem(() -> Money.parseLenient(p45Pay.get()));
        return notAmount.isPresent() || !Money.parseLenient(p45Pay.get()).isNegative() ? notAmount
                : Optional.of("Pay to date on the P45 cannot be negative; copy it from the P45 as it is printed.");
    }

    /** Tax to date on the P45: needed when the PA brings one; may be negative after a refund. */
    Optional<String> p45TaxProblem() {
        if (!fromP45()) {
            return Optional.empty();
        }
        return p45Tax.get().isBlank() ? Optional.of("Please enter the total tax to date from the P45 (0.00 if none).")
                : problem(() -> Money.parseLenient(p45Tax.get()));
    }

    Optional<String> p45TaxCodeProblem() {
        if (!fromP45()) {
            return Optional.empty();
        }
        return p45TaxCode.get().isBlank() ? Optional.of("Please enter the tax code printed on the P45, such as 1257L.")
                : problem(() -> TaxCode.parse(p45TaxCode.get()));
    }

    Optional<String> p45LeftOnProblem() {
        return fromP45() && p45LeftOn.get() != null && startDate.get() != null && p45LeftOn.get().isAfter(startDate.get())
                ? Optional.of("The P45 leaving date is after this PA starts with you; check the date on the P45.") : Optional.empty();
    }

    Optional<String> leaveDateProblem() {
        return leaveDate.get() != null && startDate.get() != null && leaveDate.get().isBefore(startDate.get())
                ? Optional.of("The leaving date is before the start date; check both dates.") : Optional.empty();
    }

    public Optional<String> hoursProblem() {
        return problem(this::hours);
    }

    /** A rate must be an amount, and (when the date of birth is known) at least the minimum wage for the PA's age. */
    public Optional<String> rateProblem(StringProperty field, boolean required) {
        if (field.get().isBlank()) {
            return required ? Optional.of("Please enter the hourly rate for day shifts, such as 12.71.") : Optional.empty();
        }
        Optional<String> notAmount = problem(() -> Money.parseLenient(field.get()));
        if (notAmount.isPresent() || dateOfBirth.get() == null || termsFrom.get() == null) {
            return notAmount;
        }
        Money rate = Money.parseLenient(field.get());
        return rate.isZero() ? Optional.empty() : StaffService.belowMinimum(dateOfBirth.get(), apprentice.get(), rate, termsFrom.get());
    }

    Optional<String> allowanceProblem() {
        return sleepIn.get().isBlank() ? Optional.empty() : problem(() -> Money.parseLenient(sleepIn.get()));
    }

    private static Optional<String> problem(Supplier<?> parse) {
        try {
            parse.get();
            return Optional.empty();
        } catch (Refusal refusal) {
            return Optional.of(refusal.getMessage());
        }
    }

    // ---- building

    private BankDetails bank() {
        return sortCode.get().isBlank() && accountNumber.get().isBlank() ? null : BankDetails.parse(sortCode.get(), accountNumber.get());
    }

    private BigDecimal hours() {
        String text = hoursPerWeek.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal hours = new BigDecimal(text);
            if (hours.signum() <= 0 || hours.compareTo(Contract.MOST_HOURS_A_WEEK) > 0) {
                throw new NumberFormatException();
            }
            return hours;
        } catch (NumberFormatException e) {
            throw new Refusal("\"" + text + "\" is not a number of hours a week; enter between 0.5 and 70, or leave it empty for zero-hours.");
        }
    }

    private static Money optionalRate(StringProperty field) {
        return field.get().isBlank() ? Money.ZERO : Money.parseLenient(field.get());
    }

    /** The employee as typed; refused with the first problem's sentence. */
    public Employee employee() {
        if (dbsDate.get() != null && dbsNumber.get().isBlank()) {
            throw new Refusal("Please enter the DBS certificate number as well as its date.");
        }
        if (dbsDate.get() == null && !dbsNumber.get().isBlank()) {
            throw new Refusal("Please enter the date on the DBS certificate as well as its number.");
        }
        for (Optional<String> wrong : List.of(p45PayProblem(), p45TaxProblem(), p45TaxCodeProblem(), leaveDateProblem())) {
            wrong.ifPresent(sentence -> {
                throw new Refusal(sentence);
            });
        }
        P45Figures p45 = fromP45() ? new P45Figures(Money.parseLenient(p45Pay.get()), Money.parseLenient(p45Tax.get()),
                TaxCode.parse(p45TaxCode.get()), p45LeftOn.get()) : null;
        return new Employee(employeeId.get(), fullName.get(), address.get(), dateOfBirth.get(),
                niNumber.get().isBlank() ? null : NiNumber.parse(niNumber.get()), startDate.get(),
                leaveDate.get(), starter.get(), p45,
                TaxCode.parse(taxCode.get()), niCategory.get(), studentLoan.get() == null ? null : studentLoan.get().plan(),
                postgraduateLoan.get(), pension.get(), bank(), emergencyContact.get(),
                dbsNumber.get().isBlank() ? null : new DbsCheck(dbsDate.get(), dbsNumber.get()), rightToWork.get(), apprentice.get());
    }

    /** The contract as typed; refused with the first problem's sentence. */
    public Contract contract() {
        if (dayRate.get().isBlank()) {
            throw new Refusal("Please enter the hourly rate for day shifts, such as 12.71.");
        }
        int notice;
        try {
            notice = Integer.parseInt(noticeWeeks.get().strip());
        } catch (NumberFormatException e) {
            throw new Refusal("\"" + noticeWeeks.get() + "\" is not a number of weeks' notice; enter a whole number such as 1 or 4.");
        }
        return new Contract(0, employeeId.get(), termsFrom.get() == null ? startDate.get() : termsFrom.get(), null, hours(),
                hours() == null, Money.parseLenient(dayRate.get()), optionalRate(nightRate), optionalRate(weekendRate),
                optionalRate(bankHolidayRate), optionalRate(sleepIn), optionalRate(wakingNightRate), null, notice, payFrequency.get());
    }
}

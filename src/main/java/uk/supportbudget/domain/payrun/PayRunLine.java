package uk.supportbudget.domain.payrun;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.TaxCode;
import uk.supportbudget.domain.staff.PensionStatus;

/**
 * One PA's pay in one pay run: every figure of the payslip, the FPS and the employer's costs, each with
 * the sentence that explains it. Once the run is finalised this is what was paid, frozen.
 *
 * @param niNumber as recorded, or empty when not known yet
 * @param employerNi the employer's Class 1 NI before the Employment Allowance
 * @param employmentAllowance the part of {@code employerNi} the Employment Allowance covered
 * @param pensionEmployee the PA's gross contribution (tax relief included)
 * @param pensionFromPay what came off the PA's pay for the pension
 * @param hoursBand the "hours normally worked" band for the FPS
 * @param previous this employment's totals for the tax year before this run
 * @param p45 pay and tax from a P45 for this tax year (zero when none)
 * @param pensionStatusAfter where the PA stands with the pension after this run's assessment
 * @param explanations keyed: gross, pay.1 …, tax, ni, studentLoan.plan2 …, pension, pensionAssessment, employmentAllowance, netPay, employerCost, yearToDate
 * @param timesheetIds the signed timesheets this run pays
 * @param pensionRefund contributions handed back after a valid opt-out: the PA's share is in {@code net}
 * @param sickPayDays each day this line pays Statutory Sick Pay for, with its amount, including arrears for earlier periods:
 *            later runs pay no day twice
 */
public record PayRunLine(long employeeId, String employeeName, String niNumber, TaxCode taxCode, NiCategory niCategory, long minutesWorked,
        List<PayElement> elements, Money gross, Money taxablePay, Money tax, Money employeeNi, Money employerNi, Money employmentAllowance,
        Money studentLoan, Money postgraduateLoan, Money pensionEmployee, Money pensionFromPay, Money pensionEmployer, Money net,
        Money employerCost, Money earningsAtLel, Money lelToPt, Money ptToUel, String hoursBand, YearToDate previous, P45Totals p45,
        PensionStatus pensionStatusAfter, Map<String, String> explanations, List<String> warnings, boolean belowMinimumWage,
        List<Long> timesheetIds, PensionRefund pensionRefund, Map<LocalDate, Money> sickPayDays) {

    /** A line that lists no days of Statutory Sick Pay. */
    public PayRunLine(long employeeId, String employeeName, String niNumber, TaxCode taxCode, NiCategory niCategory, long minutesWorked,
            List<PayElement> elements, Money gross, Money taxablePay, Money tax, Money employeeNi, Money employerNi, Money employmentAllowance,
            Money studentLoan, Money postgraduateLoan, Money pensionEmployee, Money pensionFromPay, Money pensionEmployer, Money net,
            Money employerCost, Money earningsAtLel, Money lelToPt, Money ptToUel, String hoursBand, YearToDate previous, P45Totals p45,
            PensionStatus pensionStatusAfter, Map<String, String> explanations, List<String> warnings, boolean belowMinimumWage,
            List<Long> timesheetIds, PensionRefund pensionRefund) {
        this(employeeId, employeeName, niNumber, taxCode, niCategory, minutesWorked, elements, gross, taxablePay, tax, employeeNi, employerNi,
                employmentAllowance, studentLoan, postgraduateLoan, pensionEmployee, pensionFromPay, pensionEmployer, net, employerCost,
                earningsAtLel, lelToPt, ptToUel, hoursBand, previous, p45, pensionStatusAfter, explanations, warnings, belowMinimumWage,
                timesheetIds, pensionRefund, Map.of());
    }

    /**
     * Pension contributions refunded after a valid opt-out: the PA's, paid back to them with their net pay,
     * and the employer's, which the scheme returns; both come off what is owed to the scheme.
     */
    public record PensionRefund(Money employee, Money employer) {
        public static final PensionRefund NONE = new PensionRefund(Money.ZERO, Money.ZERO);

        public PensionRefund {
            employee = employee == null ? Money.ZERO : employee;
            employer = employer == null ? Money.ZERO : employer;
            if (employee.isNegative() || employer.isNegative()) {
                throw new IllegalArgumentException("A refund is never negative");
            }
        }
    }

    /** A line with no pension refund. */
    public PayRunLine(long employeeId, String employeeName, String niNumber, TaxCode taxCode, NiCategory niCategory, long minutesWorked,
            List<PayElement> elements, Money gross, Money taxablePay, Money tax, Money employeeNi, Money employerNi, Money employmentAllowance,
            Money studentLoan, Money postgraduateLoan, Money pensionEmployee, Money pensionFromPay, Money pensionEmployer, Money net,
            Money employerCost, Money earningsAtLel, Money lelToPt, Money ptToUel, String hoursBand, YearToDate previous, P45Totals p45,
            PensionStatus pensionStatusAfter, Map<String, String> explanations, List<String> warnings, boolean belowMinimumWage,
            List<Long> timesheetIds) {
        this(employeeId, employeeName, niNumber, taxCode, niCategory, minutesWorked, elements, gross, taxablePay, tax, employeeNi, employerNi,
                employmentAllowance, studentLoan, postgraduateLoan, pensionEmployee, pensionFromPay, pensionEmployer, net, employerCost,
                earningsAtLel, lelToPt, ptToUel, hoursBand, previous, p45, pensionStatusAfter, explanations, warnings, belowMinimumWage,
                timesheetIds, PensionRefund.NONE);
    }

    /** Pay and tax from a P45 brought into this employment's tax year. */
    public record P45Totals(Money pay, Money tax) {
        public static final P45Totals NONE = new P45Totals(Money.ZERO, Money.ZERO);
    }

    public PayRunLine {
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(niCategory, "niCategory");
        niNumber = niNumber == null ? "" : niNumber;
        elements = List.copyOf(elements);
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
        warnings = List.copyOf(warnings);
        timesheetIds = List.copyOf(timesheetIds);
        previous = previous == null ? YearToDate.NONE : previous;
        p45 = p45 == null ? P45Totals.NONE : p45;
        pensionRefund = pensionRefund == null ? PensionRefund.NONE : pensionRefund;
        sickPayDays = Collections.unmodifiableSortedMap(new TreeMap<>(sickPayDays == null ? Map.of() : sickPayDays));
    }

    /** Employer NI left to pay after the Employment Allowance. */
    public Money employerNiDue() {
        return employerNi.minus(employmentAllowance);
    }

    /**
     * This run's figures alone, to add to the year's totals. Pension is net of any contributions this run refunds
     * after an opt-out, so the year's pension figures on the payslip, FPS and P60 count only what stays in the scheme.
     */
    public YearToDate thisPeriod() {
        return new YearToDate(gross, taxablePay, tax, employeeNi, employerNi, pensionFromPay.minus(pensionRefund.employee()),
                pensionEmployer.minus(pensionRefund.employer()), studentLoan, postgraduateLoan, sickPay(), employmentAllowance, earningsAtLel,
                lelToPt, ptToUel, net);
    }

    /** The year's totals in this employment after this run. */
    public YearToDate yearToDate() {
        return previous.plus(thisPeriod());
    }

    public Money sickPay() {
        return elements.stream().filter(e -> e.kind() == PayElement.Kind.SICK_PAY).map(PayElement::amount).reduce(Money.ZERO, Money::plus);
    }

    /** Pay for time worked (hours and sleep-ins), the basis for average hourly pay. */
    public Money payForWork() {
        return elements.stream().filter(PayElement::forWork).map(PayElement::amount).reduce(Money.ZERO, Money::plus);
    }

    /** What goes to HMRC for this PA: tax, both NI contributions less the Employment Allowance, and loan deductions. */
    public Money dueToHmrc() {
        return tax.plus(employeeNi).plus(employerNiDue()).plus(studentLoan).plus(postgraduateLoan);
    }

    /**
     * What goes to the pension scheme: what came off pay plus the employer's contribution, less any
     * contributions the scheme hands back after an opt-out (negative when the scheme owes the employer).
     */
    public Money dueToPension() {
        return pensionFromPay.plus(pensionEmployer).minus(pensionRefund.employee()).minus(pensionRefund.employer());
    }

    public String explanation(String key) {
        return explanations.getOrDefault(key, "");
    }
}

package uk.supportbudget.domain.staff;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.payroll.NiCategory;
import uk.supportbudget.domain.payroll.StudentLoanPlan;
import uk.supportbudget.domain.payroll.TaxCode;

/**
 * A PA the person employs, with what an employer needs and no more. {@code niNumber},
 * {@code bank}, {@code dbs}, {@code rightToWorkCheckedOn}, {@code leaveDate}, {@code p45} and
 * {@code studentLoan} may be null (not known yet, or not applicable).
 *
 * @param studentLoan plan 1, 2, 4 or 5; the postgraduate loan is {@code postgraduateLoan}, as it can run alongside one
 */
public record Employee(long id, String fullName, String address, LocalDate dateOfBirth, NiNumber niNumber,
                       LocalDate startDate, LocalDate leaveDate, StarterDeclaration starter, P45Figures p45,
                       TaxCode taxCode, NiCategory niCategory, StudentLoanPlan studentLoan, boolean postgraduateLoan,
                       PensionStatus pension, BankDetails bank, String emergencyContact, DbsCheck dbs,
                       LocalDate rightToWorkCheckedOn, boolean apprentice) {

    public static final int YOUNGEST_AGE = 16;
    /** How long after the leaving date the reminder about final pay and the P45 stays up. */
    public static final int LEAVER_REMINDER_DAYS = 31;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy");

    public Employee {
        fullName = fullName == null ? "" : fullName.strip();
        if (fullName.isEmpty()) {
            throw new Refusal("Please enter the PA's full name, as on their National Insurance letter.");
        }
        address = address == null ? "" : address.strip();
        emergencyContact = emergencyContact == null ? "" : emergencyContact.strip();
        if (dateOfBirth == null) {
            throw new Refusal("Please enter " + fullName + "'s date of birth; it decides their minimum wage and pension duties.");
        }
        if (startDate == null) {
            throw new Refusal("Please enter the date " + fullName + " started (or will start) working for you.");
        }
        if (Period.between(dateOfBirth, startDate).getYears() < YOUNGEST_AGE) {
            throw new Refusal(fullName + " would be under " + YOUNGEST_AGE + " on " + startDate
                    + "; check the date of birth and start date.");
        }
        if (leaveDate != null && leaveDate.isBefore(startDate)) {
            throw new Refusal("The leaving date " + leaveDate + " is before the start date " + startDate + "; check both dates.");
        }
        Objects.requireNonNull(starter, "starter");
        if (starter == StarterDeclaration.P45 && p45 == null) {
            throw new Refusal("Please enter the pay, tax and tax code from " + fullName + "'s P45, or choose statement A, B or C.");
        }
        if (starter != StarterDeclaration.P45) {
            p45 = null;
        }
        if (p45 != null && p45.leftPreviousJobOn() != null && p45.leftPreviousJobOn().isAfter(startDate)) {
            throw new Refusal("The P45 says " + fullName + " left their previous job on " + p45.leftPreviousJobOn().format(DAY)
                    + ", after they start here on " + startDate.format(DAY) + "; check the date on the P45.");
        }
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(niCategory, "niCategory");
        if (studentLoan == StudentLoanPlan.POSTGRADUATE) {
            throw new IllegalArgumentException("The postgraduate loan is a separate flag");
        }
        Objects.requireNonNull(pension, "pension");
    }

    /** Age in whole years on a date: the minimum wage band and pension assessment go by it. */
    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    public boolean employedOn(LocalDate date) {
        return !date.isBefore(startDate) && (leaveDate == null || !date.isAfter(leaveDate));
    }

    /** The same PA with their pension status changed. */
    public Employee withPension(PensionStatus status) {
        return new Employee(id, fullName, address, dateOfBirth, niNumber, startDate, leaveDate, starter, p45, taxCode,
                niCategory, studentLoan, postgraduateLoan, status, bank, emergencyContact, dbs, rightToWorkCheckedOn, apprentice);
    }

    public Employee withId(long newId) {
        return new Employee(newId, fullName, address, dateOfBirth, niNumber, startDate, leaveDate, starter, p45, taxCode,
                niCategory, studentLoan, postgraduateLoan, pension, bank, emergencyContact, dbs, rightToWorkCheckedOn, apprentice);
    }

    /** What an employer should act on about this PA today, each as one sentence. */
    public List<String> reminders(LocalDate today) {
        List<String> due = new ArrayList<>();
        if (leaveDate != null && !today.isAfter(leaveDate.plusDays(LEAVER_REMINDER_DAYS))) {
            due.add(fullName + (leaveDate.isBefore(today) ? " left on " : " leaves on ") + leaveDate.format(DAY)
                    + ": no shifts after that day, and their final pay and P45 are due with the last pay run.");
        }
        if (leaveDate != null && leaveDate.isBefore(today)) {
            return due;
        }
        if (dbs == null) {
            due.add(fullName + " has no DBS check recorded; ask for one before they start, or record the certificate.");
        } else if (dbs.dueForRenewal(today)) {
            due.add(fullName + "'s DBS check (" + dbs.issuedOn() + ") is " + (today.isBefore(dbs.renewBy()) ? "three years old on " : "three years old since ")
                    + dbs.renewBy() + "; apply for a new check now.");
        }
        if (rightToWorkCheckedOn == null) {
            due.add(fullName + " has no right-to-work check recorded; check their documents and note the date.");
        }
        if (niNumber == null) {
            due.add(fullName + " has no National Insurance number recorded; ask them for it (payslip or HMRC letter).");
        }
        return due;
    }
}

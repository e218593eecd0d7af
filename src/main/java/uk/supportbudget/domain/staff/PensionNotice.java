package uk.supportbudget.domain.staff;

import java.time.LocalDate;

import uk.supportbudget.domain.Refusal;

/**
 * What the employer has been told about one PA's pension, as dates ({@code null} where nothing is recorded):
 * when they got the enrolment information (their one-month opt-out window runs from the later of this and
 * their enrolment), when their latest opt-out notice arrived, and when a postponement of assessment ends.
 */
public record PensionNotice(long employeeId, LocalDate informationGivenOn, LocalDate optOutReceivedOn, LocalDate postponedUntil) {

    public static PensionNotice none(long employeeId) {
        return new PensionNotice(employeeId, null, null, null);
    }

    /**
     * Assessment postponed for one to three whole months from the day duties start for this PA (their first day),
     * refused with a sentence for a PA already in or out of the scheme: postponement only comes before assessment.
     * The end date is {@code AutoEnrolment.postponementEnds}; the postponement notice is due within six weeks of the start.
     */
    public PensionNotice withPostponement(LocalDate ends, Employee employee) {
        PensionStatus status = employee.pension();
        if (status != PensionStatus.NOT_YET_ASSESSED && status != PensionStatus.POSTPONED && status != PensionStatus.NOT_ELIGIBLE) {
            throw new Refusal(employee.fullName() + " is already " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + ", so their assessment cannot be postponed; postponement only comes before they are assessed.");
        }
        return new PensionNotice(employeeId, informationGivenOn, optOutReceivedOn, ends);
    }

    /**
     * An opt-out notice received on a day, refused with a sentence when it cannot be right.
     *
     * @param today the day it is recorded: a notice cannot arrive in the future
     */
    public PensionNotice withOptOut(LocalDate received, LocalDate informationGiven, Employee employee, LocalDate today) {
        if (received == null) {
            throw new Refusal("Please enter the date the opt-out notice reached you.");
        }
        if (received.isAfter(today)) {
            throw new Refusal("The opt-out notice date " + received + " is in the future; enter the day it reached you.");
        }
        if (received.isBefore(employee.startDate())) {
            throw new Refusal("The opt-out notice date " + received + " is before " + employee.fullName() + " started on "
                    + employee.startDate() + "; check the date.");
        }
        if (informationGiven != null && informationGiven.isAfter(received)) {
            throw new Refusal("The enrolment information date " + informationGiven + " is after the opt-out notice; a notice can only "
                    + "follow the information, so check both dates.");
        }
        PensionStatus status = employee.pension();
        if (status != PensionStatus.ENROLLED && status != PensionStatus.OPTED_IN && status != PensionStatus.JOINED_ON_REQUEST) {
            throw new Refusal(employee.fullName() + " is not in the pension scheme (" + status.label().toLowerCase(java.util.Locale.ROOT)
                    + "), so there is nothing to opt out of.");
        }
        return new PensionNotice(employeeId, informationGiven == null ? informationGivenOn : informationGiven, received, postponedUntil);
    }
}

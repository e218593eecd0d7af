package uk.supportbudget.domain.payrun;

import java.time.LocalDate;

import uk.supportbudget.domain.money.Money;

/**
 * What a PA's pension assessment in one pay run needs beyond this period's pay: when their current
 * membership began and what has been paid into it, any opt-out notice, the three-yearly re-enrolment date
 * and the end of any postponement. Any date may be {@code null} when there is none.
 *
 * @param enrolledOn payday of the run their current membership began with
 * @param informationGivenOn the day they got the enrolment information (the opt-out window opens on the later of this and {@code enrolledOn})
 * @param optOutNoticeReceived the day the latest opt-out notice (or notice of leaving) reached the employer
 * @param contributionsFromPay what came off their pay for the pension since {@code enrolledOn}, in finalised runs before this one
 * @param employerContributions the employer's contributions over the same runs
 * @param reEnrolmentDate the employer's next cyclical re-enrolment date
 * @param postponedUntil the day a postponement of assessment ends
 */
public record PensionEvents(LocalDate enrolledOn, LocalDate informationGivenOn, LocalDate optOutNoticeReceived, Money contributionsFromPay,
        Money employerContributions, LocalDate reEnrolmentDate, LocalDate postponedUntil) {

    public static final PensionEvents NONE = new PensionEvents(null, null, null, Money.ZERO, Money.ZERO, null, null);

    public PensionEvents {
        contributionsFromPay = contributionsFromPay == null ? Money.ZERO : contributionsFromPay;
        employerContributions = employerContributions == null ? Money.ZERO : employerContributions;
    }
}

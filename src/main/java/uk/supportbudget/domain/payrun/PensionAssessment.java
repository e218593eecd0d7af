package uk.supportbudget.domain.payrun;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.payroll.AutoEnrolment;
import uk.supportbudget.domain.staff.Employee;
import uk.supportbudget.domain.staff.PensionStatus;

/**
 * What one pay run does about a PA's workplace pension, from where they stood before it and this period's
 * assessment: automatic enrolment of an eligible jobholder; a postponement that has ended; an opt-out notice
 * (inside the one-month window: refund of everything paid in since enrolment and no more contributions;
 * outside it: membership ends, nothing refunded); and cyclical re-enrolment of an eligible jobholder who
 * opted out, by the run that covers the employer's re-enrolment date (The Pensions Regulator's guidance).
 */
final class PensionAssessment {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    /** An opt-out in the 12 months before the re-enrolment date lets the employer leave the PA out of that re-enrolment. */
    private static final int RE_ENROLMENT_OPT_OUT_GRACE_MONTHS = 12;

    private PensionAssessment() {
    }

    /**
     * @param action the sentence that ends the pension assessment explanation
     * @param refund contributions handed back by this run
     */
    record Outcome(boolean contributing, PensionStatus after, String action, List<String> warnings, PayRunLine.PensionRefund refund) {
    }

    static Outcome assess(PayRunAssembler.Input in, AutoEnrolment.WorkerCategory category) {
        Employee employee = in.employee();
        PensionEvents events = in.pensionEvents();
        String name = employee.fullName();
        List<String> warnings = new ArrayList<>();
        PensionStatus status = employee.pension();
        String before = "";

        if (status == PensionStatus.POSTPONED) {
            // Postponement lasts at most three months from the day duties start (here, the day the PA started).
            LocalDate ends = events.postponedUntil() != null ? events.postponedUntil() : employee.startDate().plusMonths(3);
            if (ends.isAfter(in.workPeriod().last())) {
                return new Outcome(false, PensionStatus.POSTPONED, " Assessment postponed until " + ends.format(DAY)
                        + ": no contributions until then.", warnings, PayRunLine.PensionRefund.NONE);
            }
            status = PensionStatus.NOT_YET_ASSESSED;
            before = " The postponement ended on " + ends.format(DAY) + ", so " + name + " is assessed in this run.";
        }

        boolean member = status == PensionStatus.ENROLLED || status == PensionStatus.OPTED_IN || status == PensionStatus.JOINED_ON_REQUEST;
        LocalDate notice = events.optOutNoticeReceived();
        if (member && notice != null && !notice.isAfter(in.payDate()) && (events.enrolledOn() == null || !notice.isBefore(events.enrolledOn()))) {
            return optOut(in, status, notice, warnings);
        }

        LocalDate reEnrolment = events.reEnrolmentDate();
        if (status == PensionStatus.OPTED_OUT && reEnrolment != null && in.workPeriod().contains(reEnrolment)) {
            if (category != AutoEnrolment.WorkerCategory.ELIGIBLE_JOBHOLDER) {
                return new Outcome(false, PensionStatus.OPTED_OUT, " Opted out; not an eligible jobholder in the period of the re-enrolment date ("
                        + reEnrolment.format(DAY) + "), so not re-enrolled.", warnings, PayRunLine.PensionRefund.NONE);
            }
            if (notice != null && notice.isAfter(reEnrolment.minusMonths(RE_ENROLMENT_OPT_OUT_GRACE_MONTHS))) {
                return new Outcome(false, PensionStatus.OPTED_OUT, " Opted out on " + notice.format(DAY) + ", within the 12 months before the "
                        + "re-enrolment date of " + reEnrolment.format(DAY) + ", so they need not be re-enrolled this time; they will be at the next "
                        + "one, three years on.", warnings, PayRunLine.PensionRefund.NONE);
            }
            LocalDate letter = AutoEnrolment.letterDue(reEnrolment);
            warnings.add(name + " is re-enrolled in the pension from this run (the three-yearly re-enrolment date is " + reEnrolment.format(DAY)
                    + "); send the enrolment letter by " + letter.format(DAY) + ".");
            return new Outcome(true, PensionStatus.ENROLLED, " Re-enrolled automatically: they had opted out, and every three years an eligible "
                    + "jobholder who is not in a scheme is enrolled again at the re-enrolment date (" + reEnrolment.format(DAY) + "). Give "
                    + name + " the enrolment information by " + letter.format(DAY) + "; they may opt out again within a month of getting it.",
                    warnings, PayRunLine.PensionRefund.NONE);
        }

        if (!member && (status == PensionStatus.NOT_YET_ASSESSED || status == PensionStatus.NOT_ELIGIBLE)
                && category == AutoEnrolment.WorkerCategory.ELIGIBLE_JOBHOLDER) {
            String letter = AutoEnrolment.letterDue(in.payDate()).format(DAY);
            warnings.add(name + " is now an eligible jobholder and is enrolled in the pension from this run; send the enrolment letter by "
                    + letter + ".");
            return new Outcome(true, PensionStatus.ENROLLED, before + " Enrolled automatically from this pay run: give " + name
                    + " the enrolment information by " + letter + "; they may opt out within a month of getting it.", warnings,
                    PayRunLine.PensionRefund.NONE);
        }
        if (status == PensionStatus.NOT_YET_ASSESSED) {
            return new Outcome(false, PensionStatus.NOT_ELIGIBLE, before + " Not enrolled; assessed again every run.", warnings,
                    PayRunLine.PensionRefund.NONE);
        }
        String action = switch (status) {
            case ENROLLED, OPTED_IN, JOINED_ON_REQUEST -> " In the scheme (" + status.label().toLowerCase(Locale.ROOT) + ").";
            case OPTED_OUT -> " Opted out: no contributions; re-enrolled at the three-yearly re-enrolment date"
                    + (reEnrolment == null ? "" : " (" + reEnrolment.format(DAY) + ")") + " if still eligible.";
            default -> " Not enrolled; assessed again every run.";
        };
        return new Outcome(member, status, before + action, warnings, PayRunLine.PensionRefund.NONE);
    }

    private static Outcome optOut(PayRunAssembler.Input in, PensionStatus status, LocalDate notice, List<String> warnings) {
        PensionEvents events = in.pensionEvents();
        String name = in.employee().fullName();
        boolean hasWindow = status != PensionStatus.JOINED_ON_REQUEST;
        AutoEnrolment.Window window = events.enrolledOn() == null ? null
                : AutoEnrolment.optOutWindow(events.enrolledOn(), events.informationGivenOn() == null ? events.enrolledOn() : events.informationGivenOn());
        boolean valid = hasWindow && (window == null || window.contains(notice));
        if (!valid) {
            String why = hasWindow ? "after the one-month opt-out window closed on " + window.closes().format(DAY)
                    : "and they had joined at their own request, which has no opt-out window";
            return new Outcome(false, PensionStatus.OPTED_OUT, " Left the pension: their notice reached you on " + notice.format(DAY) + ", " + why
                    + ", so this counts as ceasing membership: what was paid in stays in the scheme and nothing more is deducted from this run.",
                    warnings, PayRunLine.PensionRefund.NONE);
        }
        Money fromPay = events.contributionsFromPay();
        Money employer = events.employerContributions();
        String since = events.enrolledOn() == null ? "" : " since " + events.enrolledOn().format(DAY);
        String text = " Opted out: their notice reached you on " + notice.format(DAY)
                + (window == null ? "" : ", inside the opt-out window (" + window.opens().format(DAY) + " to " + window.closes().format(DAY) + ")")
                + ", so it is as if they had never joined. Nothing more is deducted";
        if (fromPay.isPositive() || employer.isPositive()) {
            text += "; the " + fromPay.display() + " taken from their pay for the pension" + since + " is refunded with this pay (added to net pay),"
                    + " and the employer's " + employer.display() + " comes back from the scheme: both come off what this run owes the scheme."
                    + " Refund by " + AutoEnrolment.optOutRefundDue(notice).format(DAY) + " at the latest.";
            if (in.settings().pensionRelief() == AutoEnrolment.TaxRelief.NET_PAY_ARRANGEMENT && fromPay.isPositive()) {
                text += " Under the net pay arrangement those contributions were taken before tax, so the refund is taxable pay in this run;"
                        + " it is not earnings for National Insurance, which was paid on them when they were deducted.";
            }
        } else {
            text += "; nothing had been paid in, so there is nothing to refund.";
        }
        return new Outcome(false, PensionStatus.OPTED_OUT, text, warnings, new PayRunLine.PensionRefund(fromPay, employer));
    }
}

package uk.supportbudget.domain.staff;

import java.time.LocalDate;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;

/**
 * A DBS certificate. A check has no legal expiry, but the usual practice for people working with
 * adults at risk, and what most councils ask, is a new check every three years; the app reminds
 * from eight weeks before, because a new check takes weeks to come back.
 */
public record DbsCheck(LocalDate issuedOn, String certificateNumber) {

    public static final int RENEW_AFTER_YEARS = 3;
    public static final int REMIND_WEEKS_BEFORE = 8;

    public DbsCheck {
        Objects.requireNonNull(issuedOn, "issuedOn");
        String shown = certificateNumber == null ? "" : certificateNumber.strip();
        certificateNumber = shown.replaceAll("\\s+", "");
        if (!certificateNumber.matches("\\d{12}")) {
            throw new Refusal("\"" + shown + "\" is not a DBS certificate number; it is the twelve digits at the top right of the certificate.");
        }
    }

    /** The day it becomes three years old: have the new certificate by then. */
    public LocalDate renewBy() {
        return issuedOn.plusYears(RENEW_AFTER_YEARS);
    }

    /** From this day the app reminds you to apply for a new check. */
    public LocalDate remindFrom() {
        return renewBy().minusWeeks(REMIND_WEEKS_BEFORE);
    }

    public boolean dueForRenewal(LocalDate today) {
        return !today.isBefore(remindFrom());
    }
}

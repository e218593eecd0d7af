package uk.supportbudget.domain.staff;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;

/** Support bought from someone who is not the person's employee: a care agency or a self-employed PA. */
public record Supplier(long id, String name, Kind kind, String contact, Money hourlyRate, String notes) {

    public enum Kind {
        AGENCY("Care agency"),
        SELF_EMPLOYED("Self-employed PA");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public Supplier {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new Refusal("Please enter the agency's or self-employed PA's name.");
        }
        if (kind == null) {
            throw new Refusal("Please choose whether " + name + " is a care agency or a self-employed PA.");
        }
        contact = contact == null ? "" : contact.strip();
        notes = notes == null ? "" : notes.strip();
        hourlyRate = hourlyRate == null ? Money.ZERO : hourlyRate;
        if (hourlyRate.isNegative()) {
            throw new Refusal("An hourly rate cannot be negative.");
        }
    }

    /** The employment-status question, asked plainly: the label does not decide it, the working relationship does. */
    public String employmentStatusReminder() {
        return switch (kind) {
            case AGENCY -> "The agency employs its care workers and pays their wages, tax and holiday; check each invoice "
                    + "against the hours you had.";
            case SELF_EMPLOYED -> "Calling someone self-employed does not make them so: if you decide when, where and how "
                    + "they work, HMRC will usually see them as your employee. Check with HMRC's employment status tool "
                    + "(CEST) and keep the result with your records.";
        };
    }

    public Supplier withId(long newId) {
        return new Supplier(newId, name, kind, contact, hourlyRate, notes);
    }
}

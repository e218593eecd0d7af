package uk.supportbudget.domain.ledger;

import java.time.LocalDate;

import uk.supportbudget.domain.Refusal;

/**
 * A change to a transaction in a period already reconciled with the bank. It is allowed only
 * after the person confirms; the change is then flagged for the next council return.
 */
public final class LockedPeriodEdit extends Refusal {
    private static final long serialVersionUID = 1L;

    private final LocalDate lockedUntil;

    public LockedPeriodEdit(LocalDate lockedUntil) {
        super("This transaction is in a period already reconciled with the bank (up to " + lockedUntil
                + "). If you change it, the change will be listed on your next council return.");
        this.lockedUntil = lockedUntil;
    }

    public LocalDate lockedUntil() {
        return lockedUntil;
    }
}

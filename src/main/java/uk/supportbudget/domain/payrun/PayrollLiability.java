package uk.supportbudget.domain.payrun;

import java.time.LocalDate;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.money.Money;

/**
 * Money a finalised pay run says must be paid: a PA's net wages on payday, PAYE and NI to HMRC, and
 * contributions to the pension scheme. It is not a ledger transaction: the ledger holds only what the
 * bank shows, so a liability is marked paid by linking it to the transaction that paid it (found in an
 * imported statement, or recorded by hand), and nothing is ever counted twice.
 *
 * @param employeeId the PA for net wages; {@code null} for HMRC and the pension scheme
 * @param paidTxnId the ledger transaction that paid it, or {@code null} while it is owed
 */
public record PayrollLiability(long id, long payRunId, Kind kind, Long employeeId, String payee, Money amount, LocalDate dueOn,
        Long paidTxnId, LocalDate paidOn) {

    /** What the money is for, and the ledger category its payment belongs in. */
    public enum Kind {
        NET_WAGES("Net wages", Category.PA_WAGES),
        HMRC("PAYE and NI to HMRC", Category.HMRC),
        PENSION("Workplace pension", Category.PENSION);

        private final String label;
        private final Category category;

        Kind(String label, Category category) {
            this.label = label;
            this.category = category;
        }

        public String label() {
            return label;
        }

        public Category category() {
            return category;
        }
    }

    public PayrollLiability {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(dueOn, "dueOn");
        payee = payee == null ? "" : payee.strip();
        if (!amount.isPositive()) {
            throw new Refusal("A payment of " + amount.display() + " is not something to owe; only amounts above nothing are recorded.");
        }
        if ((paidTxnId == null) != (paidOn == null)) {
            throw new IllegalArgumentException("A paid liability names its transaction and the day it was paid");
        }
    }

    public boolean paid() {
        return paidTxnId != null;
    }

    public boolean overdue(LocalDate today) {
        return !paid() && today.isAfter(dueOn);
    }

    public PayrollLiability paidBy(long txnId, LocalDate on) {
        return new PayrollLiability(id, payRunId, kind, employeeId, payee, amount, dueOn, txnId, on);
    }

    public PayrollLiability withId(long newId) {
        return new PayrollLiability(newId, payRunId, kind, employeeId, payee, amount, dueOn, paidTxnId, paidOn);
    }
}

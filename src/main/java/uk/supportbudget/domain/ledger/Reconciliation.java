package uk.supportbudget.domain.ledger;

import java.time.LocalDate;
import java.util.Objects;

import uk.supportbudget.domain.money.Money;

/**
 * A finished reconciliation: on {@code statementDate} the account's cleared transactions agreed
 * with the bank's closing balance, so the account is locked up to and including that date.
 *
 * @param ledgerBalance  the book's balance at that date, uncleared items included
 * @param unclearedCount transactions up to that date not on the statement (such as a cheque not yet cashed)
 * @param reconciledAt   when it was finished (ISO instant)
 * @param reconciledBy   who finished it
 */
public record Reconciliation(long id, long accountId, LocalDate statementDate, Money statementBalance,
                             Money ledgerBalance, int unclearedCount, String reconciledAt, String reconciledBy) {

    public Reconciliation {
        Objects.requireNonNull(statementDate, "statementDate");
        Objects.requireNonNull(statementBalance, "statementBalance");
        Objects.requireNonNull(ledgerBalance, "ledgerBalance");
        reconciledAt = reconciledAt == null ? "" : reconciledAt;
        reconciledBy = reconciledBy == null ? "" : reconciledBy;
    }
}

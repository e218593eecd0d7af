package uk.supportbudget.domain.plan;

import java.time.LocalDate;
import java.util.Objects;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;

/** One source of money in the plan: who pays, how it is managed, how much and how often. */
public record FundingComponent(long id, long planYearId, Funder funder, String funderName,
                               ManagementMode managementMode, Money amount, Cycle cycle, LocalDate firstPaymentOn) {

    public FundingComponent {
        Objects.requireNonNull(funder, "funder");
        Objects.requireNonNull(managementMode, "managementMode");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(cycle, "cycle");
        if (amount.isNegative()) {
            throw new Refusal("A funding amount cannot be negative; enter what is paid each time, such as 1250.00.");
        }
        funderName = funderName == null || funderName.isBlank() ? funder.label() : funderName.strip();
    }
}

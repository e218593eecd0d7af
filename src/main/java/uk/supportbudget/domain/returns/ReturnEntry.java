package uk.supportbudget.domain.returns;

import java.util.List;
import java.util.Objects;

import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Transaction;

/**
 * One transaction with what the return needs beside it: the account's name, its split rows (empty
 * when it is not split) and the evidence references linked to it ("EV-0012, EV-0013", or "").
 */
public record ReturnEntry(Transaction transaction, String accountName, List<Share> splits, String evidenceRef) {

    public ReturnEntry {
        Objects.requireNonNull(transaction, "transaction");
        accountName = accountName == null ? "" : accountName;
        splits = splits == null ? List.of() : List.copyOf(splits);
        evidenceRef = evidenceRef == null ? "" : evidenceRef;
    }

    public static ReturnEntry of(Transaction transaction, String accountName) {
        return new ReturnEntry(transaction, accountName, List.of(), "");
    }

    /** A move between the person's own accounts: neither money in nor money out. */
    public boolean isTransfer() {
        return transaction.isTransfer() || transaction.category() == Category.TRANSFER;
    }

    /** The parts the return counts: the split rows, or the whole transaction as one part. */
    public List<Share> shares() {
        if (splits.isEmpty()) {
            return List.of(new Share(transaction.category(), transaction.funder(), transaction.amount()));
        }
        return splits;
    }

    public boolean hasEvidence() {
        return !evidenceRef.isEmpty();
    }
}

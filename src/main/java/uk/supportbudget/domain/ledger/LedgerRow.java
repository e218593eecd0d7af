package uk.supportbudget.domain.ledger;

import java.time.LocalDate;

import uk.supportbudget.domain.money.Money;

/**
 * A transaction as the Money page lists it, kept small for books of 100,000 rows: the date as an
 * epoch day, money as pence, category and funder as enum ordinals (-1 for none), and the balance
 * of its account after it. Split parts, when there are any, ride along in three short arrays.
 */
public record LedgerRow(long id, long accountId, int epochDay, long pence, String payee, String description,
                        byte category, byte funder, long transferGroup, boolean reconciled, long balanceAfter,
                        Parts parts) {

    private static final Category[] CATEGORIES = Category.values();
    private static final Funder[] FUNDERS = Funder.values();

    /** The parts of a split transaction, in the order entered; amounts in pence, signed like the whole. */
    public record Parts(byte[] categories, byte[] funders, long[] pence) {
        public int size() {
            return pence.length;
        }

        public Category category(int i) {
            return CATEGORIES[categories[i]];
        }

        public Funder funder(int i) {
            return funders[i] < 0 ? null : FUNDERS[funders[i]];
        }
    }

    /**
     * The row as a {@link Transaction} for showing it (say, in the receipts window). Payment
     * method and notes are not kept in a row, so never save what this returns; read the
     * transaction by id instead.
     */
    public Transaction forDisplay() {
        return new Transaction(id, accountId, date(), amount(), payee, description, categoryOrNull(), funderOrNull(),
                "", "", reconciled, transferGroup == 0 ? null : transferGroup);
    }

    public LocalDate date() {
        return LocalDate.ofEpochDay(epochDay);
    }

    public Money amount() {
        return Money.ofPence(pence);
    }

    public Money balance() {
        return Money.ofPence(balanceAfter);
    }

    /** Null while the transaction still needs a category. */
    public Category categoryOrNull() {
        return category < 0 ? null : CATEGORIES[category];
    }

    public Funder funderOrNull() {
        return funder < 0 ? null : FUNDERS[funder];
    }

    public boolean isTransfer() {
        return transferGroup != 0;
    }

    public boolean isSplit() {
        return parts != null;
    }

    public boolean needsCategory() {
        return category < 0 && parts == null;
    }

    public LedgerRow withBalance(long newBalance) {
        return new LedgerRow(id, accountId, epochDay, pence, payee, description, category, funder, transferGroup,
                reconciled, newBalance, parts);
    }

    public static byte code(Category category) {
        return category == null ? -1 : (byte) category.ordinal();
    }

    public static byte code(Funder funder) {
        return funder == null ? -1 : (byte) funder.ordinal();
    }
}

package uk.supportbudget.ui.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.service.LedgerFilter;
import uk.supportbudget.service.LedgerService;
import uk.supportbudget.service.LedgerSort;

/**
 * The Money page's state without a screen: every row in entry order, the order chosen by the
 * sort, the rows the filter lets through, and their totals. Sorting and filtering build the
 * shown list in one pass and hand it to the table in one change, which keeps both well inside
 * 150 ms at 100,000 rows (a SortedList/FilteredList pair re-sorted text columns in seconds).
 */
public final class LedgerViewModel {

    /**
     * What the selection adds up to: money in and out count only the parts the filter covers, and
     * moves between the person's own accounts only when one account is shown.
     */
    public record Totals(int count, Money in, Money out) {
    }

    private final ObservableList<LedgerRow> shown = FXCollections.observableArrayList();
    private final ObjectProperty<LedgerFilter> filter = new SimpleObjectProperty<>(LedgerFilter.everything());
    private final ReadOnlyObjectWrapper<Totals> totals = new ReadOnlyObjectWrapper<>(new Totals(0, Money.ZERO, Money.ZERO));
    private List<LedgerRow> rows = List.of();
    private int[] order = new int[0];
    private List<Account> accounts = List.of();
    private Map<Long, String> accountNames = Map.of();
    private LedgerSort sortBy = LedgerSort.DATE;
    private boolean ascending;

    public LedgerViewModel() {
        filter.addListener((observable, old, now) -> refilter());
    }

    /** Replaces every row (after loading or a change), keeping the filter and the sort. */
    public void setRows(LedgerService.Rows loaded) {
        rows = loaded.rows();
        accounts = loaded.accounts();
        accountNames = loaded.accountNames();
        sortBy(sortBy, ascending);
    }

    public void sortBy(LedgerSort column, boolean up) {
        sortBy = column;
        ascending = up;
        order = column.order(rows, accountNames, up);
        refilter();
    }

    private void refilter() {
        LedgerFilter current = filter.get();
        Predicate<LedgerRow> test = current.isEverything() ? row -> true : current.predicate();
        List<LedgerRow> passing = new ArrayList<>(current.isEverything() ? order.length : 1024);
        long in = 0;
        long out = 0;
        for (int index : order) {
            LedgerRow row = rows.get(index);
            if (test.test(row)) {
                passing.add(row);
                if (row.isTransfer() && current.accountId() == null) {
                    continue; // across all accounts a move between them is neither in nor out
                }
                long share = current.share(row);
                if (share > 0) {
                    in += share;
                } else {
                    out -= share;
                }
            }
        }
        shown.setAll(passing);
        totals.set(new Totals(passing.size(), Money.ofPence(in), Money.ofPence(out)));
    }

    public ObservableList<LedgerRow> shown() {
        return shown;
    }

    public ObjectProperty<LedgerFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<Totals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public LedgerSort sortColumn() {
        return sortBy;
    }

    public boolean ascending() {
        return ascending;
    }

    public List<Account> accounts() {
        return accounts;
    }

    public String accountName(long id) {
        return accountNames.getOrDefault(id, "");
    }

    public int size() {
        return rows.size();
    }

    /** Where a transaction is among the shown rows, or -1. */
    public int indexOf(long id) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}

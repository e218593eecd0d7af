package uk.supportbudget.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.service.LedgerFilter;
import uk.supportbudget.service.LedgerService;
import uk.supportbudget.service.LedgerSort;

/** Sorting by real values and filtering with totals, on the ViewModel alone (no screen). */
class LedgerViewModelTest {

    private static final List<Account> ACCOUNTS = List.of(
            new Account(1, "bank", AccountKind.BANK, "", "", Money.ZERO, java.time.LocalDate.of(2025, 1, 1)),
            new Account(2, "Card", AccountKind.PREPAID_CARD, "", "", Money.ZERO, java.time.LocalDate.of(2025, 1, 1)));

    private static LedgerRow row(long id, long account, int day, long pence, String payee, Category category, Funder funder,
                                 long transfer, long balance) {
        return new LedgerRow(id, account, day, pence, payee, "", LedgerRow.code(category), LedgerRow.code(funder),
                transfer, false, balance, null);
    }

    private static LedgerViewModel model() {
        List<LedgerRow> rows = new ArrayList<>();
        // entry order: by day then id
        rows.add(row(1, 1, 100, -900, "zebra", Category.TRANSPORT, Funder.NHS, 0, 5000));
        rows.add(row(2, 2, 100, 10000, "Apple", Category.COUNCIL_PAYMENT, Funder.COUNCIL, 0, 10000));
        rows.add(row(3, 1, 101, -10000, "banana", null, null, 0, -5000));
        rows.add(row(4, 1, 102, -2000, "Zebra", Category.TRANSFER, null, 7, -7000));
        rows.add(row(5, 2, 102, 2000, "apple", Category.TRANSFER, null, 7, 12000));
        LedgerViewModel model = new LedgerViewModel();
        model.setRows(new LedgerService.Rows(rows, ACCOUNTS));
        return model;
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            // money as pence, not as text ("-£100.00" would sort after "-£9.00" as a string)
            "AMOUNT, true, 3 4 1 5 2",
            "AMOUNT, false, 2 5 1 4 3",
            "BALANCE, true, 4 3 1 2 5",
            // dates as dates, ties in entry order
            "DATE, true, 1 2 3 4 5",
            "DATE, false, 5 4 3 2 1",
            // text ignoring case, ties by date
            "PAYEE, true, 2 5 3 1 4",
            "ACCOUNT, true, 1 3 4 2 5",
            // needs a category first, then by label ("Transfer..." before "Transport")
            "CATEGORY, true, 3 2 4 5 1",
            "FUNDER, true, 3 4 5 2 1",
    })
    void sortsByRealValues(LedgerSort column, boolean ascending, String expected) {
        LedgerViewModel model = model();
        model.sortBy(column, ascending);
        assertEquals(expected, String.join(" ", model.shown().stream().map(r -> String.valueOf(r.id())).toList()));
    }

    @Test
    void filtersAndTotalsTheSelection() {
        LedgerViewModel model = model();
        model.filterProperty().set(LedgerFilter.everything());
        // across all accounts the transfer is neither in nor out
        assertEquals(new LedgerViewModel.Totals(5, Money.parse("100.00"), Money.parse("109.00")), model.totalsProperty().get());
        model.filterProperty().set(LedgerFilter.everything().withAccount(1L));
        assertEquals(new LedgerViewModel.Totals(3, Money.ZERO, Money.parse("129.00")), model.totalsProperty().get());
        model.filterProperty().set(LedgerFilter.everything().needingCategory());
        assertEquals(List.of(3L), model.shown().stream().map(LedgerRow::id).toList());
        model.filterProperty().set(LedgerFilter.everything().withText("APP"));
        assertEquals(2, model.shown().size());
        model.filterProperty().set(LedgerFilter.everything().withFlow(LedgerFilter.Flow.MONEY_OUT));
        assertEquals(List.of(3L, 1L), model.shown().stream().map(LedgerRow::id).toList());
        model.filterProperty().set(LedgerFilter.everything().withPeriod(java.time.LocalDate.ofEpochDay(101), null));
        assertEquals(3, model.shown().size());
        assertEquals(Map.of(1L, "bank", 2L, "Card"), new LedgerService.Rows(List.of(), ACCOUNTS).accountNames());
    }
}

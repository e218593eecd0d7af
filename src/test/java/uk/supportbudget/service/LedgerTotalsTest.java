package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.domain.ledger.Split;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.TransactionRepository;

/**
 * The dashboard, the forecast and the reminders add up the ledger in SQL instead of reading every
 * row: on a generated ten-year book (with split payments, refunds, transfers and payments with
 * no category added) and on the example book, they come to the same pence as adding up the rows.
 */
class LedgerTotalsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    @Test
    void sqlTotalsEqualTheRowsForYearsAndThirteenWeekWindows() {
        try (Book book = generated()) {
            List<LedgerRow> rows = new LedgerService(book).rows().rows();
            int compared = 0;
            for (LocalDate from = TODAY.minusYears(10).minusDays(20); from.isBefore(TODAY.plusDays(30)); from = from.plusDays(41)) {
                for (LocalDate to : List.of(from.plusDays(SpendingWageCostSource.DAYS - 1L), from.plusYears(1).minusDays(1))) {
                    SpendingTotals fromRows = SpendingTotals.ofRows(rows, from, to);
                    assertEquals(fromRows, SpendingTotals.between(book, from, to), from + " to " + to);
                    compared++;
                }
            }
            SpendingTotals lately = SpendingTotals.between(book, TODAY.minusDays(60), TODAY);
            assertTrue(lately.spentByCategory().containsKey(Category.EQUIPMENT) && lately.uncategorisedPayments() > 0
                    && lately.needsCategory() > 0, "the added splits and payments with no category are in the window");
            assertTrue(compared > 150);
        }
    }

    @Test
    void dashboardFromSqlEqualsTheDashboardFromEveryRow() {
        try (Book book = generated()) {
            for (LocalDate today : List.of(TODAY, TODAY.minusDays(200), TODAY.minusYears(4), TODAY.plusYears(2))) {
                DashboardService.Summary summary = new DashboardService(book).summary(today);
                Reference expected = reference(book, today, summary);
                assertEquals(expected.balances(), summary.balances().stream().map(b -> b.balance().pence()).toList(), "" + today);
                assertEquals(expected.total(), summary.total().pence());
                assertEquals(expected.in(), summary.moneyInThisYear().pence());
                assertEquals(expected.out(), summary.moneyOutThisYear().pence());
                assertEquals(expected.needsCategory(), summary.needsCategory());
                assertEquals(expected.byCategory(), summary.byCategory());
                assertEquals(expected.byFunder(), summary.byFunder());
                assertEquals(expected.forecast(), summary.forecast());
            }
        }
    }

    @Test
    void remindersFromRecentMovementsEqualRemindersFromEveryMovement() throws Exception {
        Path demo = folder.resolve("Example.sbook");
        try (Book example = new BookService(CLOCK).createDemo(demo); Book book = generated()) {
            for (Book each : List.of(example, book)) {
                ReminderService reminders = new ReminderService(each, new CouncilProfiles(folder.resolve("councils")));
                List<ReminderService.Movement> every = new LedgerService(each).rows().rows().stream()
                        .filter(row -> !row.isTransfer())
                        .map(row -> new ReminderService.Movement(row.date(), row.amount(), row.categoryOrNull(), row.funderOrNull()))
                        .toList();
                boolean employer = false;
                for (LocalDate day = TODAY.minusDays(280); day.isBefore(TODAY.plusDays(36)); day = day.plusDays(7)) {
                    ReminderService.Facts facts = reminders.facts(day);
                    employer |= !facts.staff().isEmpty();
                    ReminderService.Facts withEvery = new ReminderService.Facts(facts.today(), facts.plan(), facts.funding(),
                            every, facts.profile(), facts.submitted(), facts.staff(), facts.minimumWages(),
                            facts.unsignedTimesheets(), facts.lastBackup(), facts.pensionCycle());
                    // the rules look forward without limit, so everything after the window is read too
                    assertTrue(each == example || !day.equals(TODAY) || facts.movements().size() < every.size() / 10,
                            "only recent movements are read: " + facts.movements().size() + " of " + every.size());
                    assertEquals(ReminderService.remind(withEvery), ReminderService.remind(facts), "on " + day);
                }
                assertTrue(each == book || employer, "the example book employs PAs, so HMRC and pension reminders are compared");
            }
        }
    }

    /** A generated book, with what generate never makes: splits, a split refund, a transfer and payments with no category. */
    private Book generated() {
        Path path = folder.resolve("generated-" + System.nanoTime() + ".sbook");
        SyntheticBook.generate(path, new SyntheticBook.Size(10, 30, 8_000, 7), CLOCK);
        Book book = Book.open(path, CLOCK);
        LedgerService ledger = new LedgerService(book);
        TransactionRepository transactions = new TransactionRepository(book);
        List<LedgerRow> rows = ledger.rows().rows();
        long account = rows.get(0).accountId();
        long other = ledger.rows().accounts().stream().map(Account::id).filter(id -> id != account).findFirst().orElseThrow();
        for (int back : new int[] {3, 40, 80, 400, 2000}) {
            LocalDate day = TODAY.minusDays(back);
            Transaction shop = transactions.add(new Transaction(0, account, day, Money.parse("-90.00"), "Shop", "mixed", null,
                    null, "Card", "", false, null));
            ledger.split(shop.id(), List.of(new Split(Category.EQUIPMENT, Funder.NHS, Money.parse("60.00"), ""),
                    new Split(Category.PA_WAGES, null, Money.parse("30.00"), "")));
            Transaction refund = transactions.add(new Transaction(0, account, day, Money.parse("25.00"), "Shop", "refund",
                    Category.EQUIPMENT, null, "Card", "", false, null));
            ledger.split(refund.id(), List.of(new Split(Category.EQUIPMENT, null, Money.parse("20.00"), ""),
                    new Split(Category.TRANSPORT, Funder.COUNCIL, Money.parse("5.00"), "")));
            transactions.add(new Transaction(0, account, day, Money.parse("-12.34"), "Unknown", "no category", null,
                    Funder.COUNCIL, "Card", "", false, null));
            transactions.add(new Transaction(0, other, day, Money.parse("7.00"), "Unknown", "in, no category", null,
                    null, "Card", "", false, null));
            ledger.transfer(account, other, day, Money.parse("100.00"), "to the card");
        }
        return book;
    }

    private record Reference(List<Long> balances, long total, long in, long out, long needsCategory,
                             List<DashboardService.CategoryUse> byCategory, List<DashboardService.FunderUse> byFunder,
                             java.util.Optional<ForecastService.Result> forecast) {
    }

    /** The dashboard as it was worked out before SQL added it up: a pass over every row of the book. */
    private static Reference reference(Book book, LocalDate today, DashboardService.Summary summary) {
        LedgerService.Rows ledger = new LedgerService(book).rows();
        List<LedgerRow> rows = ledger.rows();
        Map<Long, Long> balance = new HashMap<>();
        ledger.accounts().forEach(a -> balance.put(a.id(), a.openingBalance().pence()));
        for (LedgerRow row : rows) {
            if (row.epochDay() <= today.toEpochDay()) {
                balance.merge(row.accountId(), row.pence(), Long::sum);
            }
        }
        List<Long> balances = new ArrayList<>();
        long total = 0;
        for (Account account : ledger.accounts()) {
            balances.add(balance.get(account.id()));
            total += balance.get(account.id());
        }
        long in = 0;
        long out = 0;
        long needs = 0;
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Map<Funder, Long> byFunder = new EnumMap<>(Funder.class);
        for (LedgerRow row : rows) {
            if (row.isTransfer() || row.epochDay() < summary.from().toEpochDay() || row.epochDay() > summary.to().toEpochDay()) {
                continue;
            }
            if (row.needsCategory()) {
                needs++;
            }
            if (row.pence() >= 0) {
                in += row.pence();
                continue;
            }
            out -= row.pence();
            if (row.isSplit()) {
                for (int i = 0; i < row.parts().size(); i++) {
                    byCategory.merge(row.parts().category(i), -row.parts().pence()[i], Long::sum);
                    if (row.parts().funder(i) != null) {
                        byFunder.merge(row.parts().funder(i), -row.parts().pence()[i], Long::sum);
                    }
                }
            } else {
                byCategory.merge(row.categoryOrNull() == null ? Category.OTHER_SUPPORT : row.categoryOrNull(), -row.pence(), Long::sum);
                if (row.funderOrNull() != null) {
                    byFunder.merge(row.funderOrNull(), -row.pence(), Long::sum);
                }
            }
        }
        var budget = summary.plan().map(p -> uk.supportbudget.domain.plan.PlanBudget.of(p.funding(), p.lines()))
                .orElse(uk.supportbudget.domain.plan.PlanBudget.of(List.of(), List.of()));
        List<DashboardService.CategoryUse> uses = new ArrayList<>();
        for (Category category : Category.values()) {
            if (category.isSpending() && (budget.byCategory().containsKey(category) || byCategory.containsKey(category))) {
                uses.add(new DashboardService.CategoryUse(category, budget.forCategory(category),
                        Money.ofPence(byCategory.getOrDefault(category, 0L))));
            }
        }
        List<DashboardService.FunderUse> funders = new ArrayList<>();
        for (Funder funder : Funder.values()) {
            if (budget.byFunder().containsKey(funder) || byFunder.containsKey(funder)) {
                funders.add(new DashboardService.FunderUse(funder, budget.forFunder(funder),
                        Money.ofPence(byFunder.getOrDefault(funder, 0L))));
            }
        }
        Money balanceNow = Money.ofPence(total);
        var forecast = summary.plan().filter(p -> !today.isAfter(p.year().endsOn()))
                .map(p -> new ForecastService(new SpendingWageCostSource(rows)).forecast(today, p.year().endsOn(), balanceNow,
                        p.funding(), rows));
        assertFalse(rows.isEmpty());
        return new Reference(balances, total, in, out, needs, uses, funders, forecast);
    }
}

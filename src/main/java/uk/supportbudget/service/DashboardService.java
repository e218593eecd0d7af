package uk.supportbudget.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.LedgerRow;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.BudgetMath;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.FundingSchedule;
import uk.supportbudget.domain.plan.PlanBudget;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.PlanRepository;

/** The figures behind the dashboard, for one day. */
public final class DashboardService {

    /** An account and what is in it now. */
    public record AccountBalance(Account account, Money balance) {
    }

    /** Spending against the plan for one category this plan year. */
    public record CategoryUse(Category category, Money budget, Money spent) {
    }

    /** Spending against the plan for one funder this plan year. */
    public record FunderUse(Funder funder, Money budget, Money spent) {
    }

    /** Something coming up, with its date when it is known. */
    public record Upcoming(Kind kind, String who, Optional<LocalDate> when, Money amount) {
        /** A payment in from the plan, or something to pay or send. */
        public enum Kind { PAYMENT_IN, HMRC, PENSION, RETURN }
    }

    /** Everything the dashboard shows. {@code from}..{@code to} is the plan year (or the last year). */
    public record Summary(String personName, Optional<PlanRepository.Plan> plan, LocalDate from, LocalDate to,
                          List<AccountBalance> balances, Money total, Money moneyInThisYear, Money moneyOutThisYear,
                          Money budgetThisYear, Money grossWeekly, BigDecimal weeksHeld, List<CategoryUse> byCategory,
                          List<FunderUse> byFunder, long needsCategory, Optional<ForecastService.Result> forecast,
                          List<Upcoming> upcoming) {

        /** What is left of this plan year's agreed budget after what has been spent. */
        public Money budgetLeft() {
            return budgetThisYear.minus(moneyOutThisYear);
        }
    }

    private final Book book;
    private final Function<List<LedgerRow>, WageCostSource> wageCosts;

    /** Wage costs from recent spending until the rota gives a figure of its own. */
    public DashboardService(Book book) {
        this(book, SpendingWageCostSource::new);
    }

    public DashboardService(Book book, Function<List<LedgerRow>, WageCostSource> wageCosts) {
        this.book = book;
        this.wageCosts = wageCosts;
    }

    public Summary summary(LocalDate today) {
        return book.read(connection -> summaryNow(today));
    }

    private Summary summaryNow(LocalDate today) {
        String person = new BookInfoRepository(book).get().personName();
        Optional<PlanRepository.Plan> plan = new PlanRepository(book).planFor(today);
        LedgerService.Rows ledger = new LedgerService(book).rows();
        List<LedgerRow> rows = ledger.rows();

        Map<Long, Money> balance = new java.util.HashMap<>();
        ledger.accounts().forEach(a -> balance.put(a.id(), a.openingBalance()));
        int day = (int) today.toEpochDay();
        for (LedgerRow row : rows) {
            if (row.epochDay() <= day) {
                balance.merge(row.accountId(), row.amount(), Money::plus);
            }
        }
        List<AccountBalance> balances = new ArrayList<>();
        Money total = Money.ZERO;
        for (Account account : ledger.accounts()) {
            balances.add(new AccountBalance(account, balance.get(account.id())));
            total = total.plus(balance.get(account.id()));
        }

        LocalDate from = plan.map(p -> p.year().startsOn()).orElse(today.minusYears(1).plusDays(1));
        LocalDate to = plan.map(p -> p.year().endsOn()).orElse(today);
        long in = 0;
        long out = 0;
        long needsCategory = 0;
        Map<Category, Long> spentByCategory = new EnumMap<>(Category.class);
        Map<Funder, Long> spentByFunder = new EnumMap<>(Funder.class);
        for (LedgerRow row : rows) {
            if (row.isTransfer() || row.epochDay() < from.toEpochDay() || row.epochDay() > to.toEpochDay()) {
                continue;
            }
            if (row.needsCategory()) {
                needsCategory++;
            }
            if (row.pence() >= 0) {
                in += row.pence();
                continue;
            }
            out -= row.pence();
            if (row.isSplit()) {
                for (int i = 0; i < row.parts().size(); i++) {
                    spentByCategory.merge(row.parts().category(i), -row.parts().pence()[i], Long::sum);
                    if (row.parts().funder(i) != null) {
                        spentByFunder.merge(row.parts().funder(i), -row.parts().pence()[i], Long::sum);
                    }
                }
            } else {
                Category category = row.categoryOrNull() == null ? Category.OTHER_SUPPORT : row.categoryOrNull();
                spentByCategory.merge(category, -row.pence(), Long::sum);
                if (row.funderOrNull() != null) {
                    spentByFunder.merge(row.funderOrNull(), -row.pence(), Long::sum);
                }
            }
        }
        PlanBudget budget = plan.map(p -> PlanBudget.of(p.funding(), p.lines()))
                .orElse(PlanBudget.of(List.of(), List.of()));
        List<CategoryUse> uses = new ArrayList<>();
        for (Category category : Category.values()) {
            if (category.isSpending() && (budget.byCategory().containsKey(category) || spentByCategory.containsKey(category))) {
                uses.add(new CategoryUse(category, budget.forCategory(category),
                        Money.ofPence(spentByCategory.getOrDefault(category, 0L))));
            }
        }
        List<FunderUse> funders = new ArrayList<>();
        for (Funder funder : Funder.values()) {
            if (budget.byFunder().containsKey(funder) || spentByFunder.containsKey(funder)) {
                funders.add(new FunderUse(funder, budget.forFunder(funder), Money.ofPence(spentByFunder.getOrDefault(funder, 0L))));
            }
        }
        Money weekly = plan.map(p -> BudgetMath.grossWeekly(p.funding())).orElse(Money.ZERO);
        Money balanceNow = total;
        Optional<ForecastService.Result> forecast = plan.filter(p -> !today.isAfter(p.year().endsOn()))
                .map(p -> new ForecastService(wageCosts.apply(rows)).forecast(today, p.year().endsOn(), balanceNow,
                        p.funding(), rows));
        return new Summary(person, plan, from, to, balances, total, Money.ofPence(in), Money.ofPence(out), budget.total(),
                weekly, BudgetMath.weeksHeld(total, weekly), uses, funders, needsCategory, forecast,
                upcoming(today, plan.map(PlanRepository.Plan::funding).orElse(List.of())));
    }

    /**
     * The next payment from each funder, HMRC and pension payments (due by the 22nd of the
     * month after the pay month, paying electronically), and the next return.
     */
    static List<Upcoming> upcoming(LocalDate today, List<FundingComponent> funding) {
        List<Upcoming> items = new ArrayList<>();
        funding.stream()
                .map(c -> new Upcoming(Upcoming.Kind.PAYMENT_IN, c.funderName(), FundingSchedule.nextPayment(c, today.plusDays(1)), c.amount()))
                .sorted(Comparator.comparing(u -> u.when().orElse(LocalDate.MAX)))
                .forEach(items::add);
        LocalDate twentySecond = today.getDayOfMonth() < 22 ? today.withDayOfMonth(22) : today.plusMonths(1).withDayOfMonth(22);
        items.add(new Upcoming(Upcoming.Kind.HMRC, "HMRC", Optional.of(twentySecond), Money.ZERO));
        items.add(new Upcoming(Upcoming.Kind.PENSION, "", Optional.of(twentySecond), Money.ZERO));
        // the return's date comes from the council's profile, which the returns feature sets
        items.add(new Upcoming(Upcoming.Kind.RETURN, "", Optional.empty(), Money.ZERO));
        return items;
    }
}

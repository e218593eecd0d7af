package uk.supportbudget.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.BudgetMath;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.FundingSchedule;
import uk.supportbudget.domain.plan.PlanBudget;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.LedgerTotalsRepository;
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
    private final Function<SpendingTotals, WageCostSource> wageCosts;

    /** Wage costs from recent spending until the rota gives a figure of its own. */
    public DashboardService(Book book) {
        this(book, SpendingWageCostSource::fromRecent);
    }

    /** With wage costs worked out by the caller's source, given the last 13 weeks' spending. */
    public DashboardService(Book book, Function<SpendingTotals, WageCostSource> wageCosts) {
        this.book = book;
        this.wageCosts = wageCosts;
    }

    /**
     * The dashboard's figures, added up by SQLite: a handful of grouped rows are read, never the
     * book's transactions, so a book of 100,000 rows opens as fast as a new one (bar the
     * balances, which sum every amount; see {@link LedgerTotalsRepository#sumsOnOrBefore}).
     */
    public Summary summary(LocalDate today) {
        return book.read(connection -> summaryNow(today));
    }

    private Summary summaryNow(LocalDate today) {
        String person = new BookInfoRepository(book).get().personName();
        Optional<PlanRepository.Plan> plan = new PlanRepository(book).planFor(today);
        List<Account> accounts = new AccountRepository(book).all();

        Map<Long, Long> sums = new LedgerTotalsRepository(book).sumsOnOrBefore(today);
        List<AccountBalance> balances = new ArrayList<>();
        Money total = Money.ZERO;
        for (Account account : accounts) {
            Money balance = account.openingBalance().plus(Money.ofPence(sums.getOrDefault(account.id(), 0L)));
            balances.add(new AccountBalance(account, balance));
            total = total.plus(balance);
        }

        LocalDate from = plan.map(p -> p.year().startsOn()).orElse(today.minusYears(1).plusDays(1));
        LocalDate to = plan.map(p -> p.year().endsOn()).orElse(today);
        SpendingTotals year = SpendingTotals.between(book, from, to);
        Map<Category, Long> spentByCategory = year.spentByCategoryShown();
        Map<Funder, Long> spentByFunder = year.spentByFunder();
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
                .map(p -> {
                    SpendingTotals recent = SpendingWageCostSource.recent(book, today);
                    return new ForecastService(wageCosts.apply(recent)).forecast(today, p.year().endsOn(), balanceNow,
                            p.funding(), recent);
                });
        return new Summary(person, plan, from, to, balances, total, Money.ofPence(year.moneyIn()),
                Money.ofPence(year.moneyOut()), budget.total(), weekly, BudgetMath.weeksHeld(total, weekly), uses, funders,
                year.needsCategory(), forecast, upcoming(today, plan.map(PlanRepository.Plan::funding).orElse(List.of())));
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

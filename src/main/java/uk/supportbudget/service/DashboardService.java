package uk.supportbudget.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.BudgetMath;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.store.TransactionRepository;

/** The figures behind the dashboard, for one day. */
public final class DashboardService {

    /** An account and what is in it now. */
    public record AccountBalance(Account account, Money balance) {
    }

    /** Spending against the plan for one category this plan year. */
    public record CategoryUse(Category category, Money budget, Money spent) {
    }

    /** Everything the dashboard shows. */
    public record Summary(String personName, Optional<PlanRepository.Plan> plan, List<AccountBalance> balances,
                          Money total, Money moneyInThisYear, Money moneyOutThisYear, Money grossWeekly,
                          BigDecimal weeksHeld, List<CategoryUse> byCategory, long needsCategory) {
    }

    private final Book book;

    public DashboardService(Book book) {
        this.book = book;
    }

    public Summary summary(LocalDate today) {
        String person = new BookInfoRepository(book).get().personName();
        Optional<PlanRepository.Plan> plan = new PlanRepository(book).planFor(today);
        TransactionRepository transactions = new TransactionRepository(book);
        List<AccountBalance> balances = new ArrayList<>();
        Money total = Money.ZERO;
        for (Account account : new AccountRepository(book).all()) {
            Money balance = transactions.balance(account.id(), today);
            balances.add(new AccountBalance(account, balance));
            total = total.plus(balance);
        }
        LocalDate from = plan.map(p -> p.year().startsOn()).orElse(today.minusYears(1).plusDays(1));
        LocalDate to = plan.map(p -> p.year().endsOn()).orElse(today);
        Money in = Money.ZERO;
        Money out = Money.ZERO;
        long needsCategory = 0;
        Map<Category, Money> spent = new EnumMap<>(Category.class);
        for (Transaction t : transactions.select(new TransactionRepository.Selection(null, from, to))) {
            if (t.isTransfer()) {
                continue;
            }
            if (t.category() == null) {
                needsCategory++;
            }
            if (t.amount().isNegative()) {
                out = out.plus(t.amount().negate());
                Category category = t.category() == null ? Category.OTHER_SUPPORT : t.category();
                spent.merge(category, t.amount().negate(), Money::plus);
            } else {
                in = in.plus(t.amount());
            }
        }
        Map<Category, Money> budget = new EnumMap<>(Category.class);
        plan.ifPresent(p -> p.lines().forEach(l -> budget.merge(l.category(), l.annualBudget(), Money::plus)));
        List<CategoryUse> uses = new ArrayList<>();
        for (Category category : Category.values()) {
            if (category.isSpending() && (budget.containsKey(category) || spent.containsKey(category))) {
                uses.add(new CategoryUse(category, budget.getOrDefault(category, Money.ZERO),
                        spent.getOrDefault(category, Money.ZERO)));
            }
        }
        Money weekly = plan.map(p -> BudgetMath.grossWeekly(p.funding())).orElse(Money.ZERO);
        return new Summary(person, plan, balances, total, in, out, weekly, BudgetMath.weeksHeld(total, weekly), uses,
                needsCategory);
    }
}

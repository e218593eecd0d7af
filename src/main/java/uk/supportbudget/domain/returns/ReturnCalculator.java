package uk.supportbudget.domain.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.BudgetMath;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.PlanLine;

/**
 * Works out a council return from the ledger. The rules, in the words the return uses:
 *
 * <ul>
 * <li><b>Opening balance</b> (combined): what every account held at the end of the day before the
 * period, counting each account's opening balance from its opening day.</li>
 * <li><b>Money in / out</b>: every share of a transaction dated in the period, positive shares in,
 * negative shares out; split transactions count per split row. Moves between the person's own
 * accounts (a transfer group, or the Transfer category) are neither. An account opened during the
 * period brings its opening balance in as money in.</li>
 * <li><b>One funder's share</b>: a share belongs to the funder it names (a split row's own funder).
 * That funder's opening balance is its "pot": the balance when the plan year started, shared out
 * between the plan's funders in proportion to their yearly budgets (to the penny, parts add up to
 * the whole), plus that funder's money in less its money out from the plan year's start until the
 * period starts. When every transaction names a funder and no account opens part-way, the funders'
 * figures add up to the combined ones. Reconciliation to the bank is only meaningful combined: a
 * funder's return takes its closing balance as its bank balance.</li>
 * <li><b>Commitments</b>: wages, HMRC and pension earned but not yet paid at the end of the period,
 * estimated from the plan's yearly budget for each as {@code yearly x days since the last payment /
 * 365} (half up to the penny; nothing when there has been no payment of that kind yet), plus the
 * council's contingency weeks of gross budget.</li>
 * <li><b>Weeks held</b> = closing balance / gross weekly budget, one decimal, rounded down.
 * <b>Surplus</b> = closing - commitments. <b>Surplus the council may reclaim</b> = closing - the
 * weeks it allows x gross weekly budget - commitments, or nothing when that is below zero.</li>
 * </ul>
 */
public final class ReturnCalculator {

    /** Everything the figures are worked out from. {@code entries} run from the plan year's start to the period's end. */
    public record Input(ReturnPeriod period, Funder funder, LocalDate planStart, List<FundingComponent> funding,
                        List<PlanLine> lines, List<Account> accounts, Money transactionsBeforePlanStart,
                        List<ReturnEntry> entries, BankPosition bank, int surplusWeeks, int contingencyWeeks) {
        public Input {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(planStart, "planStart");
            funding = List.copyOf(funding);
            lines = List.copyOf(lines);
            accounts = List.copyOf(accounts);
            entries = List.copyOf(entries);
            Objects.requireNonNull(transactionsBeforePlanStart, "transactionsBeforePlanStart");
            Objects.requireNonNull(bank, "bank");
        }
    }

    private static final Set<Category> ACCRUED = Set.of(Category.PA_WAGES, Category.HMRC, Category.PENSION);

    private ReturnCalculator() {
    }

    public static ReturnFigures calculate(Input input) {
        ReturnPeriod period = input.period();
        if (period.from().isBefore(input.planStart())) {
            throw new Refusal("The return starts on " + period.from() + ", before the plan year starts on "
                    + input.planStart() + "; choose a period inside the plan year.");
        }
        Funder funder = input.funder();
        Predicate<Share> counted = funder == null ? share -> true : share -> share.funder() == funder;
        List<FundingComponent> components = funder == null ? input.funding()
                : input.funding().stream().filter(c -> c.funder() == funder).toList();

        Money opening = funder == null ? combinedOpening(input) : funderOpening(input, funder);

        Map<Category, List<ReturnLine>> in = new LinkedHashMap<>();
        Map<Category, List<ReturnLine>> out = new LinkedHashMap<>();
        List<ReturnLine> uncategorisedIn = new ArrayList<>();
        List<ReturnLine> uncategorisedOut = new ArrayList<>();
        for (ReturnEntry entry : input.entries()) {
            if (!period.contains(entry.transaction().date()) || entry.isTransfer()) {
                continue;
            }
            for (Share share : entry.shares()) {
                if (share.amount().isZero() || !counted.test(share)) {
                    continue;
                }
                boolean isIn = share.amount().isPositive();
                ReturnLine line = ReturnLine.of(entry, share, share.amount().abs());
                if (share.category() == null) {
                    (isIn ? uncategorisedIn : uncategorisedOut).add(line);
                } else {
                    (isIn ? in : out).computeIfAbsent(share.category(), c -> new ArrayList<>()).add(line);
                }
            }
        }
        if (funder == null) {
            for (Account account : input.accounts()) {
                if (account.openingBalance().isPositive() && account.openingOn().isAfter(period.from())
                        && !account.openingOn().isAfter(period.to())) {
                    uncategorisedIn.add(new ReturnLine(0, account.openingOn(), account.name(), "",
                            "Opening balance of " + account.name(), "", null, null, account.openingBalance(), ""));
                }
            }
        }
        List<CategoryTotal> moneyIn = totals(in, uncategorisedIn);
        List<CategoryTotal> moneyOut = totals(out, uncategorisedOut);
        Money totalIn = sum(moneyIn);
        Money totalOut = sum(moneyOut);
        Money closing = opening.plus(totalIn).minus(totalOut);

        BankPosition bank = funder == null ? input.bank() : new BankPosition(closing, List.of(), false);
        Money difference = closing.minus(bank.balance());

        Money grossWeekly = BudgetMath.grossWeekly(components);
        Commitments commitments = commitments(input, counted, components, grossWeekly);
        Money surplus = closing.minus(commitments.total());
        Money allowed = grossWeekly.times(input.surplusWeeks());
        Money overAllowance = closing.minus(allowed).minus(commitments.total());
        Money reclaimable = overAllowance.isPositive() ? overAllowance : Money.ZERO;
        BigDecimal weeks = BudgetMath.weeksHeld(closing, grossWeekly);
        return new ReturnFigures(period, funder, opening, moneyIn, totalIn, moneyOut, totalOut, closing, bank,
                difference, commitments, surplus, grossWeekly, weeks, input.surplusWeeks(), allowed, reclaimable);
    }

    /** Every account's balance at the end of the day before the period starts. */
    private static Money combinedOpening(Input input) {
        LocalDate from = input.period().from();
        Money balance = openingBalancesBy(input.accounts(), from).plus(input.transactionsBeforePlanStart());
        for (ReturnEntry entry : input.entries()) {
            if (entry.transaction().date().isBefore(from)) {
                balance = balance.plus(entry.transaction().amount());
            }
        }
        return balance;
    }

    /** The funder's pot when the period starts (see the class comment). */
    private static Money funderOpening(Input input, Funder funder) {
        Money atPlanStart = openingBalancesBy(input.accounts(), input.planStart()).plus(input.transactionsBeforePlanStart());
        Money pot = shareOfPlanStartBalance(atPlanStart, input.funding()).getOrDefault(funder, Money.ZERO);
        for (ReturnEntry entry : input.entries()) {
            if (!entry.transaction().date().isBefore(input.period().from()) || entry.isTransfer()) {
                continue;
            }
            for (Share share : entry.shares()) {
                if (share.funder() == funder) {
                    pot = pot.plus(share.amount());
                }
            }
        }
        return pot;
    }

    /** The plan-start balance shared between funders by their yearly budgets. */
    public static Map<Funder, Money> shareOfPlanStartBalance(Money balance, List<FundingComponent> funding) {
        Map<Funder, Long> weights = new EnumMap<>(Funder.class);
        for (FundingComponent component : funding) {
            weights.merge(component.funder(), BudgetMath.annual(component.amount(), component.cycle()).pence(), Long::sum);
        }
        return Apportion.byWeight(balance, weights);
    }

    private static Money openingBalancesBy(List<Account> accounts, LocalDate day) {
        return accounts.stream().filter(a -> !a.openingOn().isAfter(day)).map(Account::openingBalance)
                .reduce(Money.ZERO, Money::plus);
    }

    private static Commitments commitments(Input input, Predicate<Share> counted, List<FundingComponent> components,
                                           Money grossWeekly) {
        Set<Long> componentIds = components.stream().map(FundingComponent::id).collect(Collectors.toSet());
        Map<Category, Money> accrued = new EnumMap<>(Category.class);
        for (Category category : ACCRUED) {
            Money yearly = input.lines().stream()
                    .filter(l -> l.category() == category)
                    .filter(l -> input.funder() == null || componentIds.contains(l.fundingComponentId()))
                    .map(PlanLine::annualBudget).reduce(Money.ZERO, Money::plus);
            LocalDate last = null;
            for (ReturnEntry entry : input.entries()) {
                LocalDate date = entry.transaction().date();
                if (date.isAfter(input.period().to()) || entry.isTransfer()) {
                    continue;
                }
                for (Share share : entry.shares()) {
                    if (share.category() == category && share.amount().isNegative() && counted.test(share)) {
                        last = last == null || date.isAfter(last) ? date : last;
                    }
                }
            }
            accrued.put(category, last == null ? Money.ZERO
                    : accrue(yearly, ChronoUnit.DAYS.between(last, input.period().to())));
        }
        return new Commitments(accrued.get(Category.PA_WAGES), accrued.get(Category.HMRC),
                accrued.get(Category.PENSION), grossWeekly.times(input.contingencyWeeks()));
    }

    /** A yearly amount earned over some days, half up to the penny. */
    static Money accrue(Money yearly, long days) {
        return Money.fromDecimal(yearly.toDecimal().multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP));
    }

    private static List<CategoryTotal> totals(Map<Category, List<ReturnLine>> byCategory, List<ReturnLine> uncategorised) {
        List<CategoryTotal> totals = new ArrayList<>();
        for (Category category : Category.values()) {
            List<ReturnLine> lines = byCategory.get(category);
            if (lines != null) {
                totals.add(new CategoryTotal(category, sumLines(lines), lines));
            }
        }
        if (!uncategorised.isEmpty()) {
            uncategorised.sort(java.util.Comparator.comparing(ReturnLine::date));
            totals.add(new CategoryTotal(null, sumLines(uncategorised), uncategorised));
        }
        return totals;
    }

    private static Money sumLines(List<ReturnLine> lines) {
        return lines.stream().map(ReturnLine::amount).reduce(Money.ZERO, Money::plus);
    }

    private static Money sum(List<CategoryTotal> totals) {
        return totals.stream().map(CategoryTotal::total).reduce(Money.ZERO, Money::plus);
    }
}

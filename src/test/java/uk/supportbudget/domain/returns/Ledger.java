package uk.supportbudget.domain.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Cycle;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.ManagementMode;
import uk.supportbudget.domain.plan.PlanLine;

/** A small in-memory ledger for the return's rules: accounts, a plan and transactions. */
final class Ledger {

    static final LocalDate PLAN_START = LocalDate.of(2025, 4, 1);

    final List<Account> accounts = new ArrayList<>();
    final List<ReturnEntry> entries = new ArrayList<>();
    final List<FundingComponent> funding = new ArrayList<>();
    final List<PlanLine> lines = new ArrayList<>();
    Money beforePlanStart = Money.ZERO;
    private long nextId = 1;
    private long nextGroup = 1;

    Ledger account(String name, String opening, LocalDate openingOn) {
        accounts.add(new Account(accounts.size() + 1, name, AccountKind.BANK, "", "", Money.parse(opening), openingOn));
        return this;
    }

    Ledger funding(Funder funder, String amount, Cycle cycle) {
        funding.add(new FundingComponent(funding.size() + 1, 1, funder, null, ManagementMode.DIRECT_PAYMENT,
                Money.parse(amount), cycle, PLAN_START));
        return this;
    }

    Ledger line(Category category, String yearly, long componentId) {
        lines.add(new PlanLine(lines.size() + 1, 1, category, category.label(), Money.parse(yearly), componentId));
        return this;
    }

    Ledger txn(String date, String amount, Category category, Funder funder) {
        return txn(1, date, amount, category, funder, "");
    }

    Ledger txn(long account, String date, String amount, Category category, Funder funder, String evidence) {
        Transaction t = new Transaction(nextId++, account, LocalDate.parse(date), Money.parse(amount), "Payee " + nextId,
                "", category, funder, "Card", "", false, null);
        entries.add(new ReturnEntry(t, "Account " + account, List.of(), evidence));
        return this;
    }

    Ledger split(String date, String amount, Share... shares) {
        Transaction t = new Transaction(nextId++, 1, LocalDate.parse(date), Money.parse(amount), "Split payee", "",
                null, null, "Card", "", false, null);
        entries.add(new ReturnEntry(t, "Account 1", List.of(shares), ""));
        return this;
    }

    Ledger transfer(String date, String amount, long from, long to) {
        long group = nextGroup++;
        for (long[] leg : new long[][] {{from, -1}, {to, 1}}) {
            Transaction t = new Transaction(nextId++, leg[0], LocalDate.parse(date),
                    Money.parse(amount).times(leg[1]), "", "Top up", Category.TRANSFER, null, "Transfer", "", false, group);
            entries.add(new ReturnEntry(t, "Account " + leg[0], List.of(), ""));
        }
        return this;
    }

    ReturnFigures figures(String from, String to, Funder funder) {
        return figures(from, to, funder, 8, 0);
    }

    ReturnFigures figures(String from, String to, Funder funder, int surplusWeeks, int contingencyWeeks) {
        ReturnPeriod period = new ReturnPeriod(LocalDate.parse(from), LocalDate.parse(to));
        List<ReturnEntry> upToEnd = entries.stream().filter(e -> !e.transaction().date().isAfter(period.to()))
                .sorted(java.util.Comparator.comparing((ReturnEntry e) -> e.transaction().date())).toList();
        Money ledgerAtEnd = accounts.stream().filter(a -> !a.openingOn().isAfter(period.to()))
                .map(Account::openingBalance).reduce(beforePlanStart, Money::plus);
        for (ReturnEntry e : upToEnd) {
            ledgerAtEnd = ledgerAtEnd.plus(e.transaction().amount());
        }
        return ReturnCalculator.calculate(new ReturnCalculator.Input(period, funder, PLAN_START, funding, lines, accounts,
                beforePlanStart, upToEnd, new BankPosition(ledgerAtEnd, List.of(), false), surplusWeeks, contingencyWeeks));
    }

    /** A year of plausible, deterministic activity where every transaction names its funder. */
    static Ledger busyYear(long seed) {
        Random random = new Random(seed);
        Ledger ledger = new Ledger()
                .account("Account 1", "1500.00", PLAN_START.minusYears(1))
                .account("Account 2", "80.00", PLAN_START)
                .funding(Funder.COUNCIL, "1540.00", Cycle.FOUR_WEEKLY)
                .funding(Funder.NHS, "310.00", Cycle.MONTHLY)
                .funding(Funder.CONTRIBUTION, "210.00", Cycle.MONTHLY)
                .line(Category.PA_WAGES, "15200.00", 1)
                .line(Category.HMRC, "1900.00", 1)
                .line(Category.PENSION, "650.00", 1)
                .line(Category.TRANSPORT, "600.00", 2)
                .line(Category.RESPITE, "1600.00", 3);
        ledger.beforePlanStart = Money.parse("-312.45");
        Category[] spend = {Category.PA_WAGES, Category.HMRC, Category.PENSION, Category.TRANSPORT, Category.RESPITE,
                Category.EQUIPMENT, Category.BANK_CHARGES};
        Funder[] funders = {Funder.COUNCIL, Funder.NHS, Funder.CONTRIBUTION};
        for (int day = 0; day < 365; day++) {
            String date = PLAN_START.plusDays(day).toString();
            if (day % 28 == 0) {
                ledger.txn(date, "1540.00", Category.COUNCIL_PAYMENT, Funder.COUNCIL);
            }
            if (day % 30 == 4) {
                ledger.txn(date, "310.00", Category.COUNCIL_PAYMENT, Funder.NHS);
                ledger.txn(2, date, "210.00", Category.CONTRIBUTION, Funder.CONTRIBUTION, "");
                ledger.transfer(date, "50.00", 1, 2);
            }
            if (random.nextInt(3) == 0) {
                String amount = Money.ofPence(-(100 + random.nextInt(40_000))).plain();
                ledger.txn(1 + random.nextInt(2), date, amount, spend[random.nextInt(spend.length)],
                        funders[random.nextInt(funders.length)], random.nextBoolean() ? "EV-" + day : "");
            }
            if (random.nextInt(20) == 0) {
                ledger.split(date, "-100.00", new Share(Category.PA_WAGES, Funder.COUNCIL, Money.parse("-70.00")),
                        new Share(Category.TRANSPORT, Funder.NHS, Money.parse("-30.00")));
            }
            if (random.nextInt(40) == 0) {
                ledger.txn(date, "12.34", Category.REFUND_INTEREST, funders[random.nextInt(funders.length)]);
            }
        }
        return ledger;
    }
}

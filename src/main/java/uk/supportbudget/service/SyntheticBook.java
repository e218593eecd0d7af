package uk.supportbudget.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import uk.supportbudget.domain.Refusal;
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
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.store.TransactionRepository;

/**
 * A large, plausible, made-up history for benchmarks ({@code generate}): a plan per year with
 * council, NHS and contribution funding; a bank account, a prepaid card and a managed account;
 * wages for every PA each month, HMRC and pension, agency invoices, and everyday spending to
 * make up the number of bank transactions asked for. The same seed gives the same book.
 */
public final class SyntheticBook {

    /** What to make. */
    public record Size(int years, int staff, int transactions, long seed) {
        public Size {
            if (years < 1 || years > 50) {
                throw new Refusal("--years must be between 1 and 50.");
            }
            if (staff < 0 || staff > 500) {
                throw new Refusal("--staff must be between 0 and 500.");
            }
            if (transactions < 1 || transactions > 5_000_000) {
                throw new Refusal("--transactions must be between 1 and 5,000,000.");
            }
        }
    }

    /** What was made. */
    public record Made(int planYears, int accounts, int staff, long transactions) {
    }

    private static final String[] FIRST = {"Amira", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Harry", "Isla",
            "Jay", "Kofi", "Lena", "Mo", "Nia", "Owen", "Priti", "Rhys", "Sana", "Tom", "Uma"};
    private static final String[] LAST = {"Adams", "Bello", "Clarke", "Dawson", "Evans", "Fraser", "Gill", "Hughes",
            "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Okafor", "Patel", "Quinn", "Reid", "Shah", "Turner"};
    private static final String[][] EVERYDAY = {
            {"A1 Taxis", "TRANSPORT"}, {"Westshire Leisure", "OTHER_SUPPORT"}, {"Argos", "EQUIPMENT"},
            {"Boots", "EQUIPMENT"}, {"The Note Exchange", "DAY_ACTIVITIES"}, {"Arriva Buses", "TRANSPORT"},
            {"Seaview Respite Centre", "RESPITE"}, {"uCheck DBS", "DBS_RECRUITMENT"}, {"Tesco", ""},
            {"Amazon Marketplace", ""}, {"Bank charge", "BANK_CHARGES"}};

    private final Book book;
    private final Random random;
    private final Size size;
    private long transferGroups;

    public SyntheticBook(Book book, Size size) {
        this.book = book;
        this.size = size;
        this.random = new Random(size.seed());
    }

    /** Fills the book in one transaction, ending on {@code lastDay}. */
    public Made fill(LocalDate lastDay) {
        return book.inTransaction(connection -> {
            LocalDate start = lastDay.minusYears(size.years()).plusDays(1).withDayOfMonth(1);
            PlanRepository plans = new PlanRepository(book);
            int planYears = 0;
            for (LocalDate year = start; year.isBefore(lastDay); year = year.plusYears(1)) {
                addPlanYear(plans, year);
                planYears++;
            }
            AccountRepository accounts = new AccountRepository(book);
            Account bank = accounts.add(new Account(0, "Direct payment account", AccountKind.BANK, "Co-operative Bank",
                    "4958", Money.parse("1500.00"), start));
            Account card = accounts.add(new Account(0, "Prepaid card", AccountKind.PREPAID_CARD, "Allpay", "1207",
                    Money.ZERO, start));
            Account managed = accounts.add(new Account(0, "Payroll managed account", AccountKind.MANAGED_ACCOUNT,
                    "Independent Living Payroll", "", Money.ZERO, start));
            List<String> staff = new ArrayList<>();
            for (int i = 0; i < size.staff(); i++) {
                staff.add(FIRST[i % FIRST.length] + " " + LAST[(i * 7 + i / FIRST.length) % LAST.length]);
            }
            List<Transaction> rows = regularRows(bank.id(), managed.id(), staff, start, lastDay);
            int everydayCount = Math.max(0, size.transactions() - rows.size());
            long days = java.time.temporal.ChronoUnit.DAYS.between(start, lastDay) + 1;
            for (int i = 0; i < everydayCount; i++) {
                LocalDate date = start.plusDays((long) i * days / Math.max(1, everydayCount));
                String[] shop = EVERYDAY[random.nextInt(EVERYDAY.length)];
                Category category = shop[1].isEmpty() ? null : Category.valueOf(shop[1]);
                long pence = 150 + random.nextInt(category == Category.RESPITE ? 90_000 : 6_000);
                rows.add(Transaction.of(random.nextInt(3) == 0 ? card.id() : bank.id(), date, Money.ofPence(-pence),
                        shop[0], "Card payment " + (i % 997), category, category == null ? null : Funder.COUNCIL, "Card"));
            }
            rows.sort(java.util.Comparator.comparing(Transaction::date));
            new TransactionRepository(book).addAll(rows.subList(0, Math.min(rows.size(), size.transactions())));
            return new Made(planYears, 3, size.staff(), Math.min(rows.size(), size.transactions()));
        });
    }

    private void addPlanYear(PlanRepository plans, LocalDate startsOn) {
        long pas = Math.max(1, size.staff());
        Money fourWeekly = Money.ofPence(150_000 + 60_000 * pas);
        plans.add(new PlanRepository.Draft(
                new PlanYear(0, startsOn, startsOn.plusYears(1).minusDays(1), "Synthetic plan for benchmarks."),
                List.of("Live at home with support from people I choose", "Get out and about every week"),
                List.of(new FundingComponent(0, 0, Funder.COUNCIL, "Westshire County Council", ManagementMode.DIRECT_PAYMENT,
                                fourWeekly, Cycle.FOUR_WEEKLY, startsOn),
                        new FundingComponent(0, 0, Funder.NHS, "NHS Westshire ICB", ManagementMode.DIRECT_PAYMENT,
                                Money.parse("310.00"), Cycle.MONTHLY, startsOn),
                        new FundingComponent(0, 0, Funder.CONTRIBUTION, "Own contribution", ManagementMode.DIRECT_PAYMENT,
                                Money.parse("210.00"), Cycle.MONTHLY, startsOn)),
                List.of(line(Category.PA_WAGES, "PA support", fourWeekly.times(10), 0),
                        line(Category.HMRC, "Tax and NI", fourWeekly, 0),
                        line(Category.AGENCY_CARE, "Agency cover", Money.parse("3000.00"), 0),
                        line(Category.TRANSPORT, "Taxis", Money.parse("600.00"), 1))));
    }

    private static PlanRepository.DraftLine line(Category category, String description, Money annual, int paidBy) {
        return new PlanRepository.DraftLine(new PlanLine(0, 0, category, description, annual, null), paidBy);
    }

    private List<Transaction> regularRows(long bank, long managed, List<String> staff, LocalDate start, LocalDate end) {
        List<Transaction> rows = new ArrayList<>();
        for (LocalDate paid = start; !paid.isAfter(end); paid = paid.plusWeeks(4)) {
            long pence = 150_000 + 60_000L * Math.max(1, staff.size());
            rows.add(Transaction.of(bank, paid, Money.ofPence(pence), "WESTSHIRE CC DIRECT PAYMENT", "Direct payment",
                    Category.COUNCIL_PAYMENT, Funder.COUNCIL, "Bank credit"));
        }
        for (LocalDate month = start; !month.isAfter(end); month = month.plusMonths(1)) {
            rows.add(Transaction.of(bank, month.withDayOfMonth(5), Money.parse("310.00"), "NHS WESTSHIRE ICB",
                    "Personal health budget", Category.COUNCIL_PAYMENT, Funder.NHS, "Bank credit"));
            rows.add(Transaction.of(bank, month.withDayOfMonth(1), Money.parse("210.00"), "OWN CONTRIBUTION",
                    "Monthly contribution", Category.CONTRIBUTION, Funder.CONTRIBUTION, "Bank credit"));
            LocalDate payday = month.withDayOfMonth(28);
            if (payday.isAfter(end)) {
                continue;
            }
            long wages = 0;
            for (String person : staff) {
                long net = 40_000 + random.nextInt(80_000);
                wages += net;
                rows.add(Transaction.of(managed, payday, Money.ofPence(-net), person, "Net wages", Category.PA_WAGES,
                        Funder.COUNCIL, "Faster Payment"));
            }
            long group = ++transferGroups;
            Money payrollFloat = Money.ofPence(wages + wages / 6);
            rows.add(new Transaction(0, managed, payday.minusDays(1), payrollFloat, "", "Payroll float", Category.TRANSFER,
                    null, "Transfer", "", false, group));
            rows.add(new Transaction(0, bank, payday.minusDays(1), payrollFloat.negate(), "", "Payroll float",
                    Category.TRANSFER, null, "Transfer", "", false, group));
            rows.add(Transaction.of(managed, month.withDayOfMonth(19), Money.ofPence(-(wages / 8)), "HMRC CUMBERNAULD",
                    "PAYE and NI", Category.HMRC, Funder.COUNCIL, "Faster Payment"));
            rows.add(Transaction.of(managed, month.withDayOfMonth(20), Money.ofPence(-(wages / 25)), "NEST",
                    "Pension contributions", Category.PENSION, Funder.COUNCIL, "Direct Debit"));
            rows.add(Transaction.of(bank, month.withDayOfMonth(8), Money.ofPence(-(20_000 + random.nextInt(30_000))),
                    "Brightside Home Care Ltd", "Agency cover", Category.AGENCY_CARE, Funder.COUNCIL, "Faster Payment"));
        }
        return rows;
    }

    /**
     * Creates a new book at {@code path} and fills it; refuses to touch an existing file, and
     * removes the new one again if filling it fails.
     */
    public static Made generate(Path path, Size size, Clock clock) {
        Book book = Book.create(path, "Synthetic Person", clock);
        try (book) {
            return new SyntheticBook(book, size).fill(LocalDate.now(clock));
        } catch (RuntimeException e) {
            BookService.deleteBookFiles(book.path());
            throw e;
        }
    }
}

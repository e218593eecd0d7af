package uk.supportbudget.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import uk.supportbudget.domain.Progress;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.ledger.AccountKind;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.ledger.Transaction;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.money.TaxYear;
import uk.supportbudget.domain.plan.Cycle;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.FundingSchedule;
import uk.supportbudget.domain.plan.ManagementMode;
import uk.supportbudget.domain.plan.PlanLine;
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookSettingRepository;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.store.TransactionRepository;

/**
 * The example book: a person with a council direct payment, an NHS personal health budget and
 * their own contribution, a bank account and a prepaid card, two PAs and an agency, and the
 * spending that goes with them. The plan year starts seven months before today so that every
 * screen has a past and a future to show, and the book goes back a plan year more, so that it
 * holds a complete tax year of payroll (12 monthly runs, P60 figures) and the returns already
 * sent for it. The same day gives the same book.
 */
final class DemoBook {

    static final String PERSON = "Alex Morgan";
    static final String PA_ONE = "Jordan Ellis";
    static final String PA_TWO = "Priya Shah";
    static final String AGENCY = "Brightside Home Care Ltd";

    /** The steps of {@link #fill(Progress)}, for its progress bar. */
    private static final int STEPS = 6;

    /**
     * What changes from one plan year to the next: what is paid in (the council's four-weekly direct
     * payment, the NHS monthly and the person's own contribution) and a few prices. The money in is
     * set so that the year's spending is covered with a little to spare, as a council sets a budget
     * from the support plan's costs.
     */
    private record Funding(LocalDate startsOn, LocalDate endsOn, String council, String nhs, String contribution,
                           String agencyInvoice, String insurance, String gym) {
        boolean contains(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }
    }

    private final Book book;
    private final DemoClock clock;
    private final LocalDate today;
    private final Random random = new Random(20_26);

    DemoBook(Book book, DemoClock clock) {
        this.book = book;
        this.clock = clock;
        this.today = LocalDate.now(clock);
    }

    /**
     * The first day the example has money and staff on: the start of the plan year before this one, or
     * the April the last complete tax year began in, whichever is earlier, so that tax year is whole.
     */
    static LocalDate historyStart(LocalDate today, LocalDate planStart) {
        LocalDate lastCompleteTaxYear = TaxYear.containing(today).firstDay().minusYears(1).withDayOfMonth(1);
        LocalDate previousPlan = planStart.minusYears(1);
        return lastCompleteTaxYear.isBefore(previousPlan) ? lastCompleteTaxYear : previousPlan;
    }

    static LocalDate planStart(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(7);
    }

    void fill() {
        fill(Progress.NONE);
    }

    /** Fills the book in one transaction; a cancel between the steps rolls the whole of it back. */
    void fill(Progress progress) {
        LocalDate start = planStart(today);
        LocalDate end = start.plusYears(1).minusDays(1);
        LocalDate history = historyStart(today, start);
        Funding previous = new Funding(history, start.minusDays(1), "1880.00", "300.00", "205.00", "326.00", "162.00", "34.00");
        Funding current = new Funding(start, end, "1950.00", "310.00", "210.00", "336.00", "168.00", "35.00");
        book.inTransaction(connection -> {
            new BookInfoRepository(book).save(new BookInfoRepository.BookInfo(PERSON, LocalDate.of(1988, 5, 14),
                    "Westshire County Council", "ASC-204816", "Ruth Morgan (mother)", "westshire"));
            new BookSettingRepository(book).put(BookService.EXAMPLE_SETTING, "made-up figures");
            addPlan(start.minusYears(1), start.minusDays(1), history, previous, "0.9655");
            addPlan(start, end, history, current, "1");
            progress.report(1, STEPS);
            new DemoStaff(book, today, history, start).fill();
            progress.report(2, STEPS);
            AccountRepository accounts = new AccountRepository(book);
            Account bank = accounts.add(new Account(0, "Direct payment account", AccountKind.BANK, "Co-operative Bank",
                    "4958", Money.parse("1650.00"), history));
            Account card = accounts.add(new Account(0, "Prepaid card", AccountKind.PREPAID_CARD, "Allpay", "1207",
                    Money.parse("120.00"), history));
            TransactionRepository transactions = new TransactionRepository(book);
            List<Funding> years = List.of(previous, current);
            transactions.addAll(bankTransactions(bank.id(), history, years));
            transactions.addAll(cardTransactions(card.id(), history, years));
            progress.report(3, STEPS);
            new DemoPayroll(book, today, history, bank.id()).fill();
            progress.report(4, STEPS);
            for (LocalDate month = history; !month.isAfter(today); month = month.plusMonths(1)) {
                LocalDate second = month.withDayOfMonth(2);
                if (!second.isAfter(today)) {
                    transactions.addTransfer(bank.id(), card.id(), second, Money.parse("80.00"), "Top up prepaid card");
                }
            }
            long cash = DemoLedger.fill(book, bank.id(), history, today);
            progress.report(5, STEPS);
            new DemoReturns(book, clock, today).fill(List.of(bank.id(), card.id(), cash), List.of(start.minusYears(1), start));
            progress.report(STEPS, STEPS); // the last moment a cancel still rolls everything back
            return null;
        });
    }

    /**
     * A plan year. Both years share the council's four-weekly cycle, which carries on from one year to
     * the next; {@code scale} makes last year's costs a little lower than this year's.
     */
    private void addPlan(LocalDate start, LocalDate end, LocalDate history, Funding funding, String scale) {
        BigDecimal factor = new BigDecimal(scale);
        new PlanRepository(book).add(new PlanRepository.Draft(
                new PlanYear(0, start, end, """
                        I have cerebral palsy and use a wheelchair. I need help to get up, wash, dress and cook, \
                        and someone with me when I go out. Mum helps at weekends but needs regular breaks."""),
                List.of("Live in my own flat with support from people I choose",
                        "Go swimming and to the gym twice a week to keep my strength up",
                        "See my friends at the Thursday music group",
                        "Give Mum a proper break every few months"),
                List.of(new FundingComponent(0, 0, Funder.COUNCIL, "Westshire County Council",
                                ManagementMode.DIRECT_PAYMENT, Money.parse(funding.council()), Cycle.FOUR_WEEKLY,
                                FundingSchedule.nextPayment(new FundingComponent(0, 0, Funder.COUNCIL, "", ManagementMode.DIRECT_PAYMENT,
                                        Money.parse(funding.council()), Cycle.FOUR_WEEKLY, firstCouncilPayment(history)), start).orElseThrow()),
                        new FundingComponent(0, 0, Funder.NHS, "NHS Westshire ICB", ManagementMode.DIRECT_PAYMENT,
                                Money.parse(funding.nhs()), Cycle.MONTHLY, start.withDayOfMonth(5)),
                        new FundingComponent(0, 0, Funder.CONTRIBUTION, "Alex Morgan (assessed contribution)",
                                ManagementMode.DIRECT_PAYMENT, Money.parse(funding.contribution()), Cycle.MONTHLY, start)),
                List.of(line(Category.PA_WAGES, "PA support 28 hours a week and a weekly sleep-in (two PAs)",
                                "22100.00", factor, 0),
                        line(Category.HMRC, "Tax and National Insurance for the PAs", "1350.00", factor, 0),
                        line(Category.PENSION, "Workplace pension (NEST)", "820.00", factor, 0),
                        line(Category.AGENCY_CARE, "Agency care at weekends, about 3 hours a week", "4100.00", factor, 0),
                        line(Category.RESPITE, "Respite: a week away so Mum can rest", "900.00", factor, 2),
                        line(Category.DAY_ACTIVITIES, "Thursday music group", "600.00", factor, 1),
                        line(Category.OTHER_SUPPORT, "Gym and swimming membership", "420.00", factor, 1),
                        line(Category.TRANSPORT, "Taxis to activities", "500.00", factor, 1),
                        line(Category.INSURANCE, "Employer's liability insurance", "180.00", factor, 0),
                        line(Category.FEES, "Payroll service", "360.00", factor, 0),
                        line(Category.DBS_RECRUITMENT, "DBS checks and adverts for new PAs", "60.00", factor, 0),
                        line(Category.EQUIPMENT, "Small equipment", "200.00", factor, 1))));
    }

    /** The council pays every four weeks from a week after the book's history begins, year after year. */
    private static LocalDate firstCouncilPayment(LocalDate history) {
        return history.plusWeeks(1);
    }

    private static PlanRepository.DraftLine line(Category category, String description, String annual, BigDecimal scale,
                                                 int paidBy) {
        Money amount = Money.ofPence(new BigDecimal(annual).multiply(scale).setScale(0, RoundingMode.HALF_UP).longValueExact() * 100);
        return new PlanRepository.DraftLine(new PlanLine(0, 0, category, description, amount, null), paidBy);
    }

    private static Funding yearOf(List<Funding> years, LocalDate day) {
        return years.stream().filter(y -> y.contains(day)).findFirst().orElse(day.isBefore(years.get(0).startsOn())
                ? years.get(0) : years.get(years.size() - 1));
    }

    private List<Transaction> bankTransactions(long account, LocalDate history, List<Funding> years) {
        List<Transaction> rows = new ArrayList<>();
        for (LocalDate paid = firstCouncilPayment(history); !paid.isAfter(today); paid = paid.plusWeeks(4)) {
            rows.add(in(account, paid, yearOf(years, paid).council(), "WESTSHIRE CC DIRECT PAYMENT", "Direct payment 4-weekly",
                    Category.COUNCIL_PAYMENT, Funder.COUNCIL));
        }
        for (LocalDate month = history; !month.isAfter(today); month = month.plusMonths(1)) {
            Funding year = yearOf(years, month);
            add(rows, in(account, month.withDayOfMonth(5), year.nhs(), "NHS WESTSHIRE ICB", "Personal health budget",
                    Category.COUNCIL_PAYMENT, Funder.NHS));
            add(rows, in(account, month.withDayOfMonth(1), year.contribution(), "A MORGAN", "Monthly contribution",
                    Category.CONTRIBUTION, Funder.CONTRIBUTION));
            add(rows, out(account, month.withDayOfMonth(8), pounds(year.agencyInvoice(), 48), AGENCY, "Weekend care invoice",
                    Category.AGENCY_CARE, Funder.COUNCIL, "Faster Payment"));
            add(rows, out(account, month.withDayOfMonth(12), "30.00", "Independent Living Payroll", "Payroll service",
                    Category.FEES, Funder.COUNCIL, "Direct Debit"));
            add(rows, out(account, month.with(TemporalAdjusters.lastInMonth(DayOfWeek.THURSDAY)), "48.00",
                    "The Note Exchange", "Music group, 4 sessions", Category.DAY_ACTIVITIES, Funder.NHS, "Standing Order"));
        }
        for (Funding year : years) {
            add(rows, out(account, year.startsOn().plusDays(9), year.insurance(), "Harbour Mutual Insurance",
                    "Employer's liability cover", Category.INSURANCE, Funder.COUNCIL, "Debit card"));
        }
        LocalDate start = years.get(1).startsOn();
        add(rows, out(account, start.minusMonths(5).plusDays(20), "745.00", "Seaview Respite Centre", "Respite week",
                Category.RESPITE, Funder.CONTRIBUTION, "Faster Payment"));
        add(rows, out(account, start.plusMonths(1).plusDays(14), "44.00", "uCheck DBS", "Enhanced DBS check for new PA",
                Category.DBS_RECRUITMENT, Funder.COUNCIL, "Debit card"));
        add(rows, out(account, start.plusMonths(3).plusDays(16), "780.00", "Seaview Respite Centre", "Respite week",
                Category.RESPITE, Funder.CONTRIBUTION, "Faster Payment"));
        add(rows, out(account, start.plusMonths(4).plusDays(3), "2.50", "CO-OP BANK", "Unpaid item charge",
                Category.BANK_CHARGES, Funder.COUNCIL, "Bank charge"));
        add(rows, out(account, today.minusDays(6), "23.49", "AMAZON MKTPLACE", "", null, null, "Debit card"));
        return rows;
    }

    private List<Transaction> cardTransactions(long account, LocalDate history, List<Funding> years) {
        List<Transaction> rows = new ArrayList<>();
        for (LocalDate month = history; !month.isAfter(today); month = month.plusMonths(1)) {
            add(rows, out(account, month.withDayOfMonth(3), yearOf(years, month).gym(), "Westshire Leisure", "Gym and swim membership",
                    Category.OTHER_SUPPORT, Funder.NHS, "Card"));
            add(rows, out(account, month.withDayOfMonth(15), pounds("18.50", 6), "A1 Taxis", "Taxi to music group",
                    Category.TRANSPORT, Funder.NHS, "Card"));
            add(rows, out(account, month.withDayOfMonth(24), pounds("16.00", 5), "A1 Taxis", "Taxi to swimming",
                    Category.TRANSPORT, Funder.NHS, "Card"));
        }
        LocalDate start = years.get(1).startsOn();
        add(rows, out(account, start.minusMonths(7).plusDays(4), "42.50", "Complete Care Shop", "Bath board",
                Category.EQUIPMENT, Funder.NHS, "Card"));
        add(rows, out(account, start.plusMonths(5).plusDays(10), "64.99", "Argos", "Shower stool",
                Category.EQUIPMENT, Funder.NHS, "Card"));
        return rows;
    }

    /** An amount that varies a little from month to month, as real wages and invoices do. */
    private String pounds(String around, int spreadPounds) {
        long total = Money.parse(around).pence() + random.nextInt(spreadPounds * 100 + 1) - spreadPounds * 50L;
        return Money.ofPence(total).plain();
    }

    private void add(List<Transaction> rows, Transaction transaction) {
        if (!transaction.date().isAfter(today)) {
            rows.add(transaction);
        }
    }

    private static Transaction in(long account, LocalDate date, String amount, String payee, String description,
                                  Category category, Funder funder) {
        return Transaction.of(account, date, Money.parse(amount), payee, description, category, funder, "Bank credit");
    }

    private static Transaction out(long account, LocalDate date, String amount, String payee, String description,
                                   Category category, Funder funder, String method) {
        return Transaction.of(account, date, Money.parse(amount).negate(), payee, description, category, funder, method);
    }
}

package uk.supportbudget.service;

import java.time.Clock;
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
import uk.supportbudget.domain.plan.Cycle;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.ManagementMode;
import uk.supportbudget.domain.plan.PlanLine;
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.store.TransactionRepository;

/**
 * The example book: a person with a council direct payment, an NHS personal health budget and
 * their own contribution, a bank account and a prepaid card, two PAs and an agency, and the
 * months of spending that go with it. The plan year starts seven months before today so that
 * every screen has a past and a future to show. The same day gives the same book.
 */
final class DemoBook {

    static final String PERSON = "Alex Morgan";
    static final String PA_ONE = "Jordan Ellis";
    static final String PA_TWO = "Priya Shah";
    static final String AGENCY = "Brightside Home Care Ltd";

    /** The steps of {@link #fill(Progress)}, for its progress bar. */
    private static final int STEPS = 6;

    private final Book book;
    private final LocalDate today;
    private final Random random = new Random(20_26);

    DemoBook(Book book, Clock clock) {
        this.book = book;
        this.today = LocalDate.now(clock);
    }

    void fill() {
        fill(Progress.NONE);
    }

    /** Fills the book in one transaction; a cancel between the steps rolls the whole of it back. */
    void fill(Progress progress) {
        LocalDate start = today.withDayOfMonth(1).minusMonths(7);
        LocalDate end = start.plusYears(1).minusDays(1);
        book.inTransaction(connection -> {
            new BookInfoRepository(book).save(new BookInfoRepository.BookInfo(PERSON, LocalDate.of(1988, 5, 14),
                    "Westshire County Council", "ASC-204816", "Ruth Morgan (mother)", "westshire"));
            addPlan(start, end);
            progress.report(1, STEPS);
            new DemoStaff(book, today, start).fill();
            progress.report(2, STEPS);
            AccountRepository accounts = new AccountRepository(book);
            Account bank = accounts.add(new Account(0, "Direct payment account", AccountKind.BANK, "Co-operative Bank",
                    "4958", Money.parse("2150.00"), start));
            Account card = accounts.add(new Account(0, "Prepaid card", AccountKind.PREPAID_CARD, "Allpay", "1207",
                    Money.parse("120.00"), start));
            TransactionRepository transactions = new TransactionRepository(book);
            transactions.addAll(bankTransactions(bank.id(), start));
            transactions.addAll(cardTransactions(card.id(), start));
            progress.report(3, STEPS);
            new DemoPayroll(book, today, start, bank.id()).fill();
            progress.report(4, STEPS);
            for (LocalDate month = start; !month.isAfter(today); month = month.plusMonths(1)) {
                LocalDate second = month.withDayOfMonth(2);
                if (!second.isAfter(today)) {
                    transactions.addTransfer(bank.id(), card.id(), second, Money.parse("120.00"), "Top up prepaid card");
                }
            }
            DemoLedger.fill(book, start, today);
            progress.report(5, STEPS);
            new DemoReturns(book, today).fill(bank.id());
            progress.report(STEPS, STEPS); // the last moment a cancel still rolls everything back
            return null;
        });
    }

    private void addPlan(LocalDate start, LocalDate end) {
        new PlanRepository(book).add(new PlanRepository.Draft(
                new PlanYear(0, start, end, """
                        I have cerebral palsy and use a wheelchair. I need help to get up, wash, dress and cook, \
                        and someone with me when I go out. Mum helps at weekends but needs regular breaks."""),
                List.of("Live in my own flat with support from people I choose",
                        "Go swimming and to the gym twice a week to keep my strength up",
                        "See my friends at the Thursday music group",
                        "Give Mum a proper break every few months"),
                List.of(new FundingComponent(0, 0, Funder.COUNCIL, "Westshire County Council",
                                ManagementMode.DIRECT_PAYMENT, Money.parse("1540.00"), Cycle.FOUR_WEEKLY, start),
                        new FundingComponent(0, 0, Funder.NHS, "NHS Westshire ICB", ManagementMode.DIRECT_PAYMENT,
                                Money.parse("310.00"), Cycle.MONTHLY, start.withDayOfMonth(5)),
                        new FundingComponent(0, 0, Funder.CONTRIBUTION, "Alex Morgan (assessed contribution)",
                                ManagementMode.DIRECT_PAYMENT, Money.parse("210.00"), Cycle.MONTHLY, start)),
                List.of(line(Category.PA_WAGES, "PA support 28 hours a week (two PAs)", "15200.00", 0),
                        line(Category.HMRC, "Tax and National Insurance for the PAs", "1900.00", 0),
                        line(Category.PENSION, "Workplace pension (NEST)", "650.00", 0),
                        line(Category.AGENCY_CARE, "Agency care at weekends, 4 hours a week", "4200.00", 0),
                        line(Category.RESPITE, "Respite: two weeks a year so Mum can rest", "1600.00", 2),
                        line(Category.DAY_ACTIVITIES, "Thursday music group", "580.00", 1),
                        line(Category.OTHER_SUPPORT, "Gym and swimming membership", "420.00", 1),
                        line(Category.TRANSPORT, "Taxis to activities", "600.00", 1),
                        line(Category.INSURANCE, "Employer's liability insurance", "180.00", 0),
                        line(Category.FEES, "Payroll service", "360.00", 0),
                        line(Category.DBS_RECRUITMENT, "DBS checks and adverts for new PAs", "120.00", 0),
                        line(Category.EQUIPMENT, "Small equipment", "250.00", 1))));
    }

    private static PlanRepository.DraftLine line(Category category, String description, String annual, int paidBy) {
        return new PlanRepository.DraftLine(new PlanLine(0, 0, category, description, Money.parse(annual), null), paidBy);
    }

    private List<Transaction> bankTransactions(long account, LocalDate start) {
        List<Transaction> rows = new ArrayList<>();
        for (LocalDate paid = start; !paid.isAfter(today); paid = paid.plusWeeks(4)) {
            rows.add(in(account, paid, "1540.00", "WESTSHIRE CC DIRECT PAYMENT", "Direct payment 4-weekly",
                    Category.COUNCIL_PAYMENT, Funder.COUNCIL));
        }
        for (LocalDate month = start; !month.isAfter(today); month = month.plusMonths(1)) {
            add(rows, in(account, month.withDayOfMonth(5), "310.00", "NHS WESTSHIRE ICB", "Personal health budget",
                    Category.COUNCIL_PAYMENT, Funder.NHS));
            add(rows, in(account, month.withDayOfMonth(1), "210.00", "A MORGAN", "Monthly contribution",
                    Category.CONTRIBUTION, Funder.CONTRIBUTION));
            add(rows, out(account, month.withDayOfMonth(8), pounds(336, 0, 48), AGENCY, "Weekend care invoice",
                    Category.AGENCY_CARE, Funder.COUNCIL, "Faster Payment"));
            add(rows, out(account, month.withDayOfMonth(12), "30.00", "Independent Living Payroll", "Payroll service",
                    Category.FEES, Funder.COUNCIL, "Direct Debit"));
            add(rows, out(account, month.with(TemporalAdjusters.lastInMonth(DayOfWeek.THURSDAY)), "48.00",
                    "The Note Exchange", "Music group, 4 sessions", Category.DAY_ACTIVITIES, Funder.NHS, "Standing Order"));
        }
        add(rows, out(account, start.plusDays(9), "168.00", "Harbour Mutual Insurance", "Employer's liability cover",
                Category.INSURANCE, Funder.COUNCIL, "Debit card"));
        add(rows, out(account, start.plusMonths(1).plusDays(14), "44.00", "uCheck DBS", "Enhanced DBS check for new PA",
                Category.DBS_RECRUITMENT, Funder.COUNCIL, "Debit card"));
        add(rows, out(account, start.plusMonths(3).plusDays(16), "780.00", "Seaview Respite Centre", "Respite week",
                Category.RESPITE, Funder.CONTRIBUTION, "Faster Payment"));
        add(rows, out(account, start.plusMonths(4).plusDays(3), "2.50", "CO-OP BANK", "Unpaid item charge",
                Category.BANK_CHARGES, Funder.COUNCIL, "Bank charge"));
        add(rows, out(account, today.minusDays(6), "23.49", "AMAZON MKTPLACE", "", null, null, "Debit card"));
        return rows;
    }

    private List<Transaction> cardTransactions(long account, LocalDate start) {
        List<Transaction> rows = new ArrayList<>();
        for (LocalDate month = start; !month.isAfter(today); month = month.plusMonths(1)) {
            add(rows, out(account, month.withDayOfMonth(3), "35.00", "Westshire Leisure", "Gym and swim membership",
                    Category.OTHER_SUPPORT, Funder.NHS, "Card"));
            add(rows, out(account, month.withDayOfMonth(15), pounds(18, 50, 6), "A1 Taxis", "Taxi to music group",
                    Category.TRANSPORT, Funder.NHS, "Card"));
            add(rows, out(account, month.withDayOfMonth(24), pounds(16, 0, 5), "A1 Taxis", "Taxi to swimming",
                    Category.TRANSPORT, Funder.NHS, "Card"));
        }
        add(rows, out(account, start.plusMonths(5).plusDays(10), "64.99", "Argos", "Shower stool",
                Category.EQUIPMENT, Funder.NHS, "Card"));
        return rows;
    }

    /** An amount that varies a little from month to month, as real wages and invoices do. */
    private String pounds(int pounds, int pence, int spreadPounds) {
        long total = pounds * 100L + pence + random.nextInt(spreadPounds * 100 + 1) - spreadPounds * 50L;
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

package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.FundingSchedule;
import uk.supportbudget.domain.plan.PlanBudget;
import uk.supportbudget.domain.plan.PlanLine;
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.PlanRepository;

/**
 * The support plan's use cases: read a plan year, save an edited one whole (all or nothing),
 * start the next year from the last, and its budget per category and per funder.
 */
public final class PlanService {

    /** A plan year, the years there are, and its budget worked out. */
    public record Loaded(Optional<PlanRepository.Plan> plan, List<PlanYear> years, Optional<PlanBudget> budget) {
    }

    private final Book book;
    private final PlanRepository plans;

    public PlanService(Book book) {
        this.book = book;
        this.plans = new PlanRepository(book);
    }

    /** The plan year with id {@code yearId}, or (null) the one that covers {@code today}. */
    public Loaded load(Long yearId, LocalDate today) {
        return book.read(connection -> {
            List<PlanYear> years = plans.years();
            Optional<PlanRepository.Plan> plan = yearId == null ? plans.planFor(today)
                    : years.stream().filter(y -> y.id() == yearId).findFirst().map(plans::load);
            return new Loaded(plan, years, plan.map(p -> PlanBudget.of(p.funding(), p.lines())));
        });
    }

    /**
     * Saves a plan year exactly as drafted, new ({@code yearId} null) or replacing one, in one
     * transaction. Refused, with nothing saved, when its dates overlap another plan year.
     */
    public PlanRepository.Plan save(Long yearId, PlanRepository.Draft draft) {
        return book.inTransaction(connection -> {
            for (PlanYear other : plans.years()) {
                if ((yearId == null || other.id() != yearId) && overlaps(other, draft.year())) {
                    throw new Refusal("These dates overlap the plan year from " + other.startsOn() + " to "
                            + other.endsOn() + "; a plan year must start after the one before it ends.");
                }
            }
            return yearId == null ? plans.add(draft) : plans.replace(yearId, draft);
        });
    }

    /**
     * The next plan year drafted from the latest: it starts the day after, lasts a year, and
     * keeps the needs, outcomes, funding and support lines, with each component's first payment
     * moved to its next date in the new year.
     */
    public PlanRepository.Draft nextYearFromLatest(LocalDate today) {
        return book.read(connection -> {
            List<PlanYear> years = plans.years();
            if (years.isEmpty()) {
                LocalDate start = today.withDayOfMonth(1);
                return new PlanRepository.Draft(new PlanYear(0, start, start.plusYears(1).minusDays(1), ""), List.of(),
                        List.of(), List.of());
            }
            PlanRepository.Plan latest = plans.load(years.get(years.size() - 1));
            LocalDate start = latest.year().endsOn().plusDays(1);
            LocalDate end = start.plusYears(1).minusDays(1);
            PlanRepository.Draft copy = PlanRepository.Draft.of(latest);
            List<FundingComponent> funding = copy.funding().stream().map(c -> new FundingComponent(0, 0, c.funder(),
                    c.funderName(), c.managementMode(), c.amount(), c.cycle(),
                    c.firstPaymentOn() == null ? null : FundingSchedule.nextPayment(c, start).orElse(start))).toList();
            List<PlanRepository.DraftLine> lines = copy.lines().stream().map(l -> new PlanRepository.DraftLine(
                    new PlanLine(0, 0, l.line().category(), l.line().description(), l.line().annualBudget(), null),
                    l.fundingIndex())).toList();
            return new PlanRepository.Draft(new PlanYear(0, start, end, latest.year().assessedNeeds()), copy.outcomes(),
                    funding, lines);
        });
    }

    public boolean delete(long yearId) {
        return plans.delete(yearId);
    }

    private static boolean overlaps(PlanYear a, PlanYear b) {
        return !a.endsOn().isBefore(b.startsOn()) && !b.endsOn().isBefore(a.startsOn());
    }
}

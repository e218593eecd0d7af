package uk.supportbudget.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Category;
import uk.supportbudget.domain.ledger.Funder;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.domain.plan.Cycle;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.ManagementMode;
import uk.supportbudget.domain.plan.PlanLine;
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.PlanRepository;

/** Saving a plan is all or nothing; lines keep the component that pays for them; next year copies the last. */
class PlanServiceTest {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);

    @TempDir
    Path folder;
    private Book book;
    private PlanService plans;

    @BeforeEach
    void open() {
        book = Book.create(folder.resolve("plan.sbook"), "Test", Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC));
        plans = new PlanService(book);
    }

    @AfterEach
    void close() {
        book.close();
    }

    private static PlanRepository.Draft draft(LocalDate start) {
        return new PlanRepository.Draft(new PlanYear(0, start, start.plusYears(1).minusDays(1), "Needs"),
                List.of("Swim weekly", "See friends"),
                List.of(new FundingComponent(0, 0, Funder.COUNCIL, "Westshire", ManagementMode.DIRECT_PAYMENT,
                                Money.parse("1540.00"), Cycle.FOUR_WEEKLY, start.plusDays(3)),
                        new FundingComponent(0, 0, Funder.NHS, "ICB", ManagementMode.ISF, Money.parse("310.00"),
                                Cycle.MONTHLY, start)),
                List.of(new PlanRepository.DraftLine(new PlanLine(0, 0, Category.PA_WAGES, "PA support", Money.parse("15000.00"), null), 0),
                        new PlanRepository.DraftLine(new PlanLine(0, 0, Category.TRANSPORT, "Taxis", Money.parse("600.00"), null), 1),
                        new PlanRepository.DraftLine(new PlanLine(0, 0, Category.EQUIPMENT, "Bits", Money.parse("50.00"), null), null)));
    }

    @Test
    void linesKeepTheComponentThatPaysForThemThroughEdits() {
        PlanRepository.Plan saved = plans.save(null, draft(START));
        assertEquals(saved.funding().get(1).id(), saved.lines().get(1).fundingComponentId());
        assertEquals(null, saved.lines().get(2).fundingComponentId());

        // reorder outcomes, drop the council component: the taxi line still points at the NHS one
        PlanRepository.Draft edit = PlanRepository.Draft.of(saved);
        List<String> outcomes = new ArrayList<>(edit.outcomes());
        java.util.Collections.reverse(outcomes);
        PlanRepository.Draft changed = new PlanRepository.Draft(edit.year(), outcomes, List.of(edit.funding().get(1)),
                List.of(new PlanRepository.DraftLine(edit.lines().get(1).line(), 0)));
        PlanRepository.Plan after = plans.save(saved.year().id(), changed);
        assertEquals(List.of("See friends", "Swim weekly"), after.outcomes().stream().map(o -> o.text()).toList());
        assertEquals(Funder.NHS, after.funding().get(0).funder());
        assertEquals(after.funding().get(0).id(), after.lines().get(0).fundingComponentId());
        assertEquals(Money.parse("600.00"), plans.load(saved.year().id(), START).budget().orElseThrow()
                .forFunder(Funder.NHS));
    }

    @Test
    void overlappingYearsAreRefusedAndNothingIsHalfSaved() {
        PlanRepository.Plan first = plans.save(null, draft(START));
        Refusal refusal = assertThrows(Refusal.class, () -> plans.save(null, draft(START.plusMonths(6))));
        assertEquals("These dates overlap the plan year from 2025-04-01 to 2026-03-31; a plan year must start after "
                + "the one before it ends.", refusal.getMessage());
        assertEquals(1, plans.load(null, START).years().size());

        // a bad line part-way through a replace leaves the saved plan exactly as it was
        PlanRepository.Draft edit = PlanRepository.Draft.of(first);
        assertThrows(IllegalArgumentException.class, () -> new PlanRepository.Draft(edit.year(), List.of("Changed"),
                edit.funding(), List.of(new PlanRepository.DraftLine(edit.lines().get(0).line(), 5))));
        assertThrows(Refusal.class, () -> new PlanYear(0, START, START.minusDays(1), ""));
        assertThrows(Refusal.class, () -> new FundingComponent(0, 0, Funder.NHS, "", ManagementMode.ISF,
                Money.parse("-1.00"), Cycle.MONTHLY, null));
        assertEquals(List.of("Swim weekly", "See friends"),
                plans.load(null, START).plan().orElseThrow().outcomes().stream().map(o -> o.text()).toList());
    }

    @Test
    void nextYearCopiesTheLatestWithPaymentDatesMovedOn() {
        plans.save(null, draft(START));
        PlanRepository.Draft next = plans.nextYearFromLatest(START);
        assertEquals(LocalDate.of(2026, 4, 1), next.year().startsOn());
        assertEquals(LocalDate.of(2027, 3, 31), next.year().endsOn());
        assertEquals(2, next.outcomes().size());
        // four-weekly from 2025-04-04: 13 x 28 days later is 2026-04-03, the first date in the new year
        assertEquals(LocalDate.of(2026, 4, 3), next.funding().get(0).firstPaymentOn());
        assertEquals(LocalDate.of(2026, 4, 1), next.funding().get(1).firstPaymentOn());
        assertEquals(Integer.valueOf(1), next.lines().get(1).fundingIndex());
        PlanRepository.Plan saved = plans.save(null, next);
        assertEquals(2, plans.load(null, START).years().size());
        assertEquals(saved.funding().get(1).id(), saved.lines().get(1).fundingComponentId());
    }
}

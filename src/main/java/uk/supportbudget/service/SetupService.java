package uk.supportbudget.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.ledger.Account;
import uk.supportbudget.domain.plan.FundingComponent;
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.store.AccountRepository;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.BookSettingRepository;
import uk.supportbudget.store.PlanRepository;

/**
 * The first-run guided setup's saving: each step is saved whole, together with the step to come
 * back to, in one transaction, so closing the app part-way loses nothing and repeats nothing.
 * A book made before the guided setup (or the example) has no step recorded and is never asked.
 */
public final class SetupService {

    /** The book setting holding the step to continue from ("done" once finished). */
    public static final String STEP_KEY = "setup.step";
    /** Who is keeping the book: the person, a family carer or a broker. */
    public static final String ROLE_KEY = "setup.role";

    /** The steps after the book exists, in order. */
    public enum Step {
        COUNCIL, PLAN, ACCOUNTS, STAFF, DONE;

        public Step next() {
            return this == DONE ? DONE : values()[ordinal() + 1];
        }

        static Optional<Step> find(String text) {
            return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text)).findFirst();
        }
    }

    /** Who is setting the book up; decides nothing but the wording and the nominated person. */
    public enum Role { PERSON, CARER, BROKER }

    /** Where the book's setup stands. */
    public record State(Optional<Step> resumeAt, Role role, BookInfoRepository.BookInfo info, boolean hasPlan,
                        List<Account> accounts) {
        public boolean unfinished() {
            return resumeAt.isPresent();
        }
    }

    private final Book book;
    private final BookSettingRepository settings;

    public SetupService(Book book) {
        this.book = book;
        this.settings = new BookSettingRepository(book);
    }

    public State state() {
        return book.read(connection -> new State(resumeAt(),
                settings.get(ROLE_KEY).flatMap(SetupService::role).orElse(Role.PERSON),
                new BookInfoRepository(book).get(), !new PlanRepository(book).years().isEmpty(),
                new AccountRepository(book).all()));
    }

    /** The step to continue from; empty when setup is finished or was never started in this book. */
    public Optional<Step> resumeAt() {
        return settings.get(STEP_KEY).flatMap(Step::find).filter(step -> step != Step.DONE);
    }

    /** Called once when the guided setup makes the book: who it is for and who keeps it. */
    public void started(LocalDate dateOfBirth, Role role, String keptBy) {
        book.inTransaction(connection -> {
            BookInfoRepository infos = new BookInfoRepository(book);
            BookInfoRepository.BookInfo info = infos.get();
            infos.save(new BookInfoRepository.BookInfo(info.personName(), dateOfBirth, info.councilName(),
                    info.councilReference(), role == Role.PERSON ? info.nominatedPerson() : clean(keptBy),
                    info.councilProfile()));
            settings.put(ROLE_KEY, role.name());
            settings.put(STEP_KEY, Step.COUNCIL.name());
            return null;
        });
    }

    /** Skips a step (or passes one with nothing to save): only the place to continue from moves on. */
    public void moveTo(Step step) {
        settings.put(STEP_KEY, step.name());
    }

    /** The council, its return profile (blank: not sure yet) and the person's reference with it. */
    public void saveCouncil(String councilName, String profileId, String reference) {
        book.inTransaction(connection -> {
            BookInfoRepository infos = new BookInfoRepository(book);
            BookInfoRepository.BookInfo info = infos.get();
            infos.save(new BookInfoRepository.BookInfo(info.personName(), info.dateOfBirth(), clean(councilName),
                    clean(reference), info.nominatedPerson(), clean(profileId)));
            settings.put(STEP_KEY, Step.PLAN.name());
            return null;
        });
    }

    /** The first plan year with its funding, through the plan's own rules (no overlaps), and the step after. */
    public void savePlan(PlanYear year, List<FundingComponent> funding) {
        if (funding.isEmpty()) {
            throw new Refusal("Add at least one funding component (who pays, how much and how often), or skip this step.");
        }
        book.inTransaction(connection -> {
            new PlanService(book).save(null, new PlanRepository.Draft(year, List.of(), funding, List.of()));
            settings.put(STEP_KEY, Step.ACCOUNTS.name());
            return null;
        });
    }

    /** One account; the step stays on accounts so that more can be added. */
    public Account addAccount(Account account) {
        return new AccountRepository(book).add(account);
    }

    public void finish() {
        settings.put(STEP_KEY, Step.DONE.name());
    }

    private static Optional<Role> role(String text) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(text)).findFirst();
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}

package uk.supportbudget.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import uk.supportbudget.domain.Progress;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.plan.PlanYear;
import uk.supportbudget.domain.returns.CouncilProfile;
import uk.supportbudget.domain.returns.Retention;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.store.Backups;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.BookInfoRepository;
import uk.supportbudget.store.PlanRepository;
import uk.supportbudget.store.RetentionRepository;

/**
 * What the retention rules allow to be archived, and archiving it. The app never deletes or
 * archives anything by itself: records inside their retention period are never touched here, and
 * records past it are removed only when the person asks, after a verified copy of the whole
 * book has been written (kept by the backup rotation for good, as a milestone).
 *
 * <p>Deleting a single transaction by hand (a mistake, a duplicate) stays allowed at any age,
 * with undo, as it always was: retention is about keeping the real record, not freezing errors.
 */
public final class RetentionService {

    /** What may be archived, and why. */
    public record Preview(int councilYears, String councilName, LocalDate councilCutoff, LocalDate payrollCutoff,
                          RetentionRepository.Counts counts) {
        public boolean anything() {
            return counts.total() > 0;
        }

        /** One plain sentence for the person. */
        public String sentence() {
            String rule = "Records are kept for " + councilYears + " years after the plan year they belong to ("
                    + councilName + "), and payroll records for " + Retention.HMRC_PAYROLL_YEARS
                    + " years after the end of their tax year (HMRC).";
            if (!anything()) {
                return rule + " Nothing is past that yet, so there is nothing to archive.";
            }
            return rule + " Records dated before " + councilCutoff + " (payroll records before " + payrollCutoff
                    + ") may be archived: " + counts.transactions() + " transactions, " + counts.planYears() + " plan years, "
                    + counts.timesheets() + " timesheets, " + (counts.shifts() + counts.absences()) + " shifts and absences, "
                    + counts.evidence() + " receipts, " + counts.returns() + " returns and "
                    + counts.reconciliations() + " reconciliations.";
        }
    }

    /** What archiving did: where the full copy is, and what left the live book. */
    public record Archived(Path archiveCopy, RetentionRepository.Counts removed) {
    }

    private final Book book;
    private final LocalDate today;
    private final CouncilProfiles profiles;

    public RetentionService(Book book, LocalDate today) {
        this(book, today, CouncilProfiles.standard());
    }

    public RetentionService(Book book, LocalDate today, CouncilProfiles profiles) {
        this.book = book;
        this.today = today;
        this.profiles = profiles;
    }

    public Preview preview() {
        Retention rule = rule();
        List<PlanYear> years = new PlanRepository(book).years();
        LocalDate council = rule.councilCutoff(years);
        LocalDate payroll = rule.payrollCutoff(years);
        return new Preview(rule.councilYears(), councilName(), council, payroll,
                new RetentionRepository(book).pastRetention(council, payroll));
    }

    /**
     * Writes a verified copy of the whole book first ("before-archive", never rotated away), and
     * only then removes the records past retention from the live book, in one transaction.
     */
    public Archived archive() {
        return archive(Progress.NONE);
    }

    /**
     * As {@link #archive()}, stoppable until the removal is committed: a cancel rolls the removal
     * back and deletes the copy made for it, so the book and its backup folder are as they were.
     */
    public Archived archive(Progress progress) {
        Preview preview = preview();
        if (!preview.anything()) {
            throw new Refusal("Nothing is past its retention period yet, so nothing was archived.");
        }
        Path copy = Backups.backupNow(book, "before-archive", progress.stage(0, 0.7).withoutCommitting());
        try {
            RetentionRepository.Counts removed = book.inTransaction(connection -> {
                RetentionRepository.Counts counts = new RetentionRepository(book).remove(preview.councilCutoff(), preview.payrollCutoff());
                progress.report(1, 1); // the last moment a cancel still rolls the removal back
                return counts;
            });
            return new Archived(copy, removed);
        } catch (java.util.concurrent.CancellationException e) {
            try {
                java.nio.file.Files.deleteIfExists(copy);
            } catch (java.io.IOException ignored) {
                // a verified copy left behind is harmless; the book itself is unchanged
            }
            throw e;
        }
    }

    private Retention rule() {
        return new Retention(profile().map(CouncilProfile::retentionYears).orElse(Retention.DEFAULT_COUNCIL_YEARS), today);
    }

    private String councilName() {
        return profile().map(CouncilProfile::councilName).orElse("no council profile chosen; " + Retention.DEFAULT_COUNCIL_YEARS
                + " years is the usual rule");
    }

    private java.util.Optional<CouncilProfile> profile() {
        String id = new BookInfoRepository(book).get().councilProfile();
        if (id == null || id.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(profiles.find(id));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}

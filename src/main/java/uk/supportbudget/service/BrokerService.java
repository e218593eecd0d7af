package uk.supportbudget.service;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;
import uk.supportbudget.report.BookSummaryPdf;
import uk.supportbudget.service.returns.CouncilProfiles;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.DamagedBook;

/**
 * For a support broker: each book of the people they help, looked at without opening it for work
 * (read-only, nothing written), summed up as balance, weeks held, the next return due and what is
 * overdue. A book that is missing (a USB stick taken out), open elsewhere or unreadable gets a
 * line saying so instead of stopping the others.
 */
public final class BrokerService {

    /** Whether a book could be read, and if not, why. */
    public enum Status { READ, MISSING, IN_USE, UNREADABLE }

    /** One book at a glance. The figures are empty unless {@code status} is READ. */
    public record Overview(Path path, Status status, String problem, String person, Money balance, BigDecimal weeksHeld,
                           Optional<LocalDate> nextReturnDue, List<ReminderService.Reminder> reminders,
                           Optional<LocalDateTime> lastBackup, Optional<DashboardService.Summary> summary) {

        public List<ReminderService.Reminder> overdue() {
            return reminders.stream().filter(ReminderService.Reminder::overdue).toList();
        }

        public boolean readable() {
            return status == Status.READ;
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

    private final Clock clock;
    private final CouncilProfiles profiles;

    public BrokerService(Clock clock, CouncilProfiles profiles) {
        this.clock = clock;
        this.profiles = profiles;
    }

    /** Each book in turn; {@code checkCancelled} runs between books so that a long list can be stopped. */
    public List<Overview> overviews(List<Path> books, LocalDate today, Runnable checkCancelled) {
        List<Overview> all = new ArrayList<>();
        for (Path path : books) {
            checkCancelled.run();
            all.add(overview(path, today));
        }
        return all;
    }

    /** One book, read-only. Never throws for a book that cannot be read: the overview says why. */
    public Overview overview(Path path, LocalDate today) {
        if (!Files.isRegularFile(path)) {
            return problem(path, Status.MISSING, "Not found at " + path + ". If it is on a USB stick or another drive, "
                    + "plug it in and look again.");
        }
        try (Book book = Book.openToInspect(path, clock)) {
            DashboardService.Summary summary = new DashboardService(book).summary(today);
            List<ReminderService.Reminder> reminders = new ReminderService(book, profiles).reminders(today);
            Optional<LocalDate> nextReturn = reminders.stream().filter(r -> r.kind() == ReminderService.Kind.RETURN)
                    .map(ReminderService.Reminder::date).min(LocalDate::compareTo);
            return new Overview(path, Status.READ, "", summary.personName(), summary.total(), summary.weeksHeld(),
                    nextReturn, reminders, ReminderService.lastBackup(path), Optional.of(summary));
        } catch (DamagedBook damaged) {
            return problem(path, Status.UNREADABLE, damaged.getMessage());
        } catch (Refusal refusal) {
            boolean inUse = refusal.getMessage().contains("open in another window") || refusal.getMessage().contains("lock");
            return problem(path, inUse ? Status.IN_USE : Status.UNREADABLE, inUse
                    ? "Open in another window or on another computer just now; close it there and look again."
                    : refusal.getMessage());
        } catch (RuntimeException e) {
            AppLog.failure("Looking at a book for the broker overview", e);
            return problem(path, Status.UNREADABLE, "Could not be read (" + e.getClass().getSimpleName()
                    + "). Open it on its own to bring it up to date or to see what is wrong.");
        }
    }

    private static Overview problem(Path path, Status status, String sentence) {
        return new Overview(path, status, sentence, "", Money.ZERO, BigDecimal.ZERO, Optional.empty(), List.of(),
                ReminderService.lastBackup(path), Optional.empty());
    }

    /** The one-page summary of a book that was read. */
    public static byte[] summaryPdf(Overview overview, LocalDate today) {
        DashboardService.Summary summary = overview.summary().orElseThrow(() -> new Refusal(
                "This book could not be read, so there is no summary to save; " + overview.problem()));
        List<BookSummaryPdf.AccountLine> accounts = summary.balances().stream().map(b -> new BookSummaryPdf.AccountLine(
                b.account().name(), b.account().kind().label(), b.balance())).toList();
        List<BookSummaryPdf.ReminderLine> reminders = overview.reminders().stream().map(r -> new BookSummaryPdf.ReminderLine(
                r.date(), severityWords(r.severity()), r.sentence())).toList();
        return BookSummaryPdf.render(new BookSummaryPdf.Content(summary.personName(), today, accounts, summary.total(),
                summary.weeksHeld(), summary.grossWeekly(), summary.plan().map(p -> p.year().startsOn()).orElse(null),
                summary.plan().map(p -> p.year().endsOn()).orElse(null), summary.budgetThisYear(), summary.moneyOutThisYear(),
                reminders, overview.lastBackup().map(WHEN::format).orElse("none")));
    }

    static String severityWords(ReminderService.Severity severity) {
        return switch (severity) {
            case OVERDUE -> "Overdue";
            case DUE_SOON -> "Due soon";
            case INFO -> "Coming up";
        };
    }
}

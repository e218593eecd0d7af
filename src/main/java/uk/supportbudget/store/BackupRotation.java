package uk.supportbudget.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the newest of each of the last 7 days, of each of the last 4 weeks and
 * of each of the last 12 months; every backup taken before an upgrade, a restore or a year-end;
 * and always the newest one, whatever its age. Everything else may go.
 */
public final class BackupRotation {

    static final int DAYS = 7;
    static final int WEEKS = 4;
    static final int MONTHS = 12;

    private BackupRotation() {
    }

    public static Set<Path> toDelete(List<Backups.BackupFile> backups, LocalDateTime now) {
        List<Backups.BackupFile> newestFirst = backups.stream()
                .sorted(Comparator.comparing(Backups.BackupFile::takenAt).reversed()).toList();
        Set<Path> keep = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        Set<YearMonth> months = new HashSet<>();
        LocalDate today = now.toLocalDate();
        for (int i = 0; i < newestFirst.size(); i++) {
            Backups.BackupFile backup = newestFirst.get(i);
            LocalDate day = backup.takenAt().toLocalDate();
            long daysAgo = ChronoUnit.DAYS.between(day, today);
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            YearMonth month = YearMonth.from(day);
            boolean kept = i == 0
                    || isMilestone(backup.reason())
                    || (daysAgo < DAYS && days.add(day))
                    || (daysAgo < WEEKS * 7L && weeks.add(week))
                    || (month.isAfter(YearMonth.from(today).minusMonths(MONTHS)) && months.add(month));
            // A day, week or month is "used" by its newest backup even when an earlier rule kept it.
            days.add(day);
            weeks.add(week);
            months.add(month);
            if (kept) {
                keep.add(backup.path());
            }
        }
        Set<Path> delete = new LinkedHashSet<>();
        for (Backups.BackupFile backup : newestFirst) {
            if (!keep.contains(backup.path())) {
                delete.add(backup.path());
            }
        }
        return delete;
    }

    static boolean isMilestone(String reason) {
        return reason.startsWith("before-") || reason.startsWith("year-end");
    }
}

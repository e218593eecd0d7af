package uk.supportbudget.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackupRotationTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 12, 0);

    private static Backups.BackupFile backup(LocalDateTime at, String reason) {
        return new Backups.BackupFile(Path.of(at + " " + reason), at, reason, 1);
    }

    /** One daily backup every day for two years, as the app would leave them. */
    private static List<Backups.BackupFile> twoYearsOfDailies() {
        List<Backups.BackupFile> all = new ArrayList<>();
        for (int day = 0; day < 730; day++) {
            all.add(backup(NOW.minusDays(day).withHour(9), "daily"));
        }
        return all;
    }

    @Test
    void twoYearsOfDailiesShrinkToAboutTwentyThree() {
        List<Backups.BackupFile> all = twoYearsOfDailies();
        Set<Path> deleted = BackupRotation.toDelete(all, NOW);
        int kept = all.size() - deleted.size();
        assertTrue(kept >= 7 + 3 + 10 && kept <= 7 + 4 + 12, "kept " + kept);
    }

    @ParameterizedTest(name = "a backup {0} days old is kept: {1}")
    @CsvSource({"0,true", "3,true", "6,true", "40,false", "400,false"})
    void recentDaysAreKeptAndOldDaysGoUnlessTheyStartAWeekOrMonth(int daysAgo, boolean keptAsDaily) {
        List<Backups.BackupFile> all = twoYearsOfDailies();
        Set<Path> deleted = BackupRotation.toDelete(all, NOW);
        Backups.BackupFile probe = all.get(daysAgo);
        if (keptAsDaily) {
            assertFalse(deleted.contains(probe.path()));
        }
        assertTrue(deleted.contains(all.get(729).path()), "two years ago is past every rule");
    }

    @Test
    void theNewestBackupIsNeverDeletedHoweverOld() {
        Backups.BackupFile ancient = backup(NOW.minusYears(5), "daily");
        assertEquals(Set.of(), BackupRotation.toDelete(List.of(ancient), NOW));
    }

    @Test
    void backupsBeforeAnUpgradeRestoreOrYearEndAreKept() {
        List<Backups.BackupFile> all = new ArrayList<>(twoYearsOfDailies());
        Backups.BackupFile upgrade = backup(NOW.minusYears(1).minusDays(3), "before-upgrade-from-v1");
        Backups.BackupFile yearEnd = backup(NOW.minusYears(1).minusDays(4), "year-end-2025-26");
        all.add(upgrade);
        all.add(yearEnd);
        Set<Path> deleted = BackupRotation.toDelete(all, NOW);
        assertFalse(deleted.contains(upgrade.path()));
        assertFalse(deleted.contains(yearEnd.path()));
    }

    @Test
    void severalBackupsInOneDayKeepOnlyTheNewestOfThatDayOnceItIsOld() {
        List<Backups.BackupFile> all = List.of(
                backup(NOW.minusHours(1), ""),
                backup(NOW.minusDays(10).withHour(18), ""),
                backup(NOW.minusDays(10).withHour(9), "daily"));
        Set<Path> deleted = BackupRotation.toDelete(all, NOW);
        assertEquals(Set.of(all.get(2).path()), deleted);
    }
}

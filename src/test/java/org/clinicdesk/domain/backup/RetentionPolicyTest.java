package org.clinicdesk.domain.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    private static final Instant NOW = Instant.parse("2026-11-25T12:30:00Z");

    private static BackupFile at(Instant t) {
        return new BackupFile(Path.of("b-" + t.toEpochMilli()), t, 1);
    }

    @Test
    void keepsSevenDailyAndFourWeeklyOutOfTwoMonthsOfBackupsTakenTwiceADay() {
        List<BackupFile> all = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            all.add(at(NOW.minus(Duration.ofDays(day))));
            all.add(at(NOW.minus(Duration.ofDays(day)).minus(Duration.ofHours(3))));
        }
        List<BackupFile> deleted = RetentionPolicy.toDelete(all, ZONE);
        List<BackupFile> kept = all.stream().filter(b -> !deleted.contains(b)).toList();

        assertThat(kept).contains(all.getFirst());
        // 7 days (newest of each) plus the weeks not already covered by those days: at most 7 + 4
        assertThat(kept.size()).isBetween(8, 11);
        assertThat(kept).allMatch(b -> b.takenAt().isAfter(NOW.minus(Duration.ofDays(29))));
        assertThat(kept.stream().filter(b -> b.takenAt().isAfter(NOW.minus(Duration.ofDays(7)))).count()).isEqualTo(7);
    }

    @Test
    void neverDeletesWhenThereAreFewBackups() {
        List<BackupFile> all = List.of(at(NOW), at(NOW.minus(Duration.ofDays(1))), at(NOW.minus(Duration.ofDays(20))));
        assertThat(RetentionPolicy.toDelete(all, ZONE)).isEmpty();
    }

    @Test
    void sameDayBackupsKeepOnlyTheNewest() {
        List<BackupFile> all = List.of(at(NOW), at(NOW.minus(Duration.ofMinutes(5))), at(NOW.minus(Duration.ofMinutes(9))));
        assertThat(RetentionPolicy.toDelete(all, ZONE)).containsExactlyInAnyOrder(all.get(1), all.get(2));
    }
}

package org.clinicdesk.domain.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.junit.jupiter.api.Test;

class BackupSchedulerTest {
    private static final Instant NOW = Instant.parse("2026-11-25T04:30:00Z");

    /** A stand-in for the backup store that records calls; the real one is tested against SQLite. */
    private static final class RecordingBackups implements Backups {
        BackupStatus status = BackupStatus.NEVER;
        int calls;
        int checked;
        boolean fail;

        @Override
        public BackupFile backupNow(Progress progress) {
            calls++;
            if (fail) {
                status = new BackupStatus(status.lastSuccess(), status.lastSuccessFile(), NOW, "disk full");
                throw new ClinicDeskException("disk full");
            }
            status = new BackupStatus(NOW, "b.db", null, null);
            return new BackupFile(Path.of("b.db"), NOW, 1);
        }

        @Override
        public BackupFile checkDataThenBackUp(Progress progress) {
            checked++;
            return backupNow(progress);
        }

        @Override
        public BackupFile backupTo(Path folder, Progress progress) {
            return backupNow(progress);
        }

        @Override
        public BackupStatus lastBackupStatus() {
            return status;
        }

        @Override
        public List<BackupFile> list() {
            return List.of();
        }

        @Override
        public Path folder() {
            return Path.of(".");
        }

        @Override
        public void setFolder(Path folder) {
        }
    }

    @Test
    void backsUpWhenNoneInTheLastDayAndTellsListenersOfFailures() {
        RecordingBackups backups = new RecordingBackups();
        BackupScheduler scheduler = new BackupScheduler(backups, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(1));
        List<BackupStatus> heard = new ArrayList<>();
        scheduler.addListener(heard::add);

        backups.fail = true;
        scheduler.backupIfDue();
        assertThat(heard).singleElement().matches(BackupStatus::failing);

        backups.fail = false;
        scheduler.backupIfDue();
        assertThat(heard.getLast().failing()).isFalse();

        scheduler.backupIfDue();
        assertThat(backups.calls).isEqualTo(2);
        assertThat(backups.checked).as("the daily backup checks the whole data file first").isEqualTo(2);
    }

    @Test
    void aBackupOlderThanADayIsDue() {
        RecordingBackups backups = new RecordingBackups();
        backups.status = new BackupStatus(NOW.minus(Duration.ofHours(25)), "old.db", null, null);
        BackupScheduler scheduler = new BackupScheduler(backups, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(1));
        assertThat(scheduler.due()).isTrue();
        scheduler.backupOnClose();
        assertThat(backups.calls).isEqualTo(1);
        assertThat(backups.checked).as("closing does not wait for the full check").isZero();
        assertThat(scheduler.due()).isFalse();
    }
}

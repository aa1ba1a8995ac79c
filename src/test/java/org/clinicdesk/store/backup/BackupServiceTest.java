package org.clinicdesk.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.CENTRE;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.clinicdesk.domain.backup.BackupFile;
import org.clinicdesk.domain.backup.BackupStatus;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {
    @TempDir
    Path dir;
    private Database db;
    private BackupService backups;

    @BeforeEach
    void open() {
        db = TestDb.open(dir);
        db.writeVoid(ctx -> ctx.insertInto(CENTRE).set(CENTRE.NAME, "Bangalore — ಇಂದಿರಾನಗರ").set(CENTRE.CITY, "Bengaluru")
                .set(CENTRE.CREATED_AT, "2026-11-25T04:30:00.000Z").set(CENTRE.UPDATED_AT, "2026-11-25T04:30:00.000Z").execute());
        backups = new BackupService(db, dir, TestDb.CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void backupIsACheckedOwnerOnlyCopyInTheDataFolderAndIsRemembered() throws Exception {
        assertThat(backups.lastBackupStatus().neverBackedUp()).isTrue();

        BackupFile made = backups.backupNow(Progress.NONE);

        assertThat(made.file().getParent()).isEqualTo(dir.resolve("backups"));
        assertThat(SqliteFileCheck.integrity(made.file())).isEqualTo("ok");
        assertThat(SqliteFileCheck.clinicDeskSchemaVersion(made.file())).isPresent();
        try (Database copy = Database.open(made.file())) {
            String centre = copy.read(ctx -> ctx.select(CENTRE.NAME).from(CENTRE).fetchOne(CENTRE.NAME));
            assertThat(centre).isEqualTo("Bangalore — ಇಂದಿರಾನಗರ");
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made.file()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made.file().getParent())))
                    .isEqualTo("rwx------");
        }
        BackupStatus status = backups.lastBackupStatus();
        assertThat(status.lastSuccess()).isEqualTo(TestDb.CLOCK.instant());
        assertThat(status.failing()).isFalse();
        assertThat(backups.list()).extracting(BackupFile::file).containsExactly(made.file());
    }

    @Test
    void prunesToSevenDailyAndFourWeeklyAfterAGoodBackup() throws Exception {
        Path folder = dir.resolve("backups");
        Files.createDirectories(folder);
        DateTimeFormatter name = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
        Instant now = TestDb.CLOCK.instant();
        for (int day = 1; day <= 60; day++) {
            Instant t = now.minus(day, ChronoUnit.DAYS);
            Files.writeString(folder.resolve("clinicdesk-" + name.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC)) + ".db"), "x");
        }
        Files.writeString(folder.resolve("notes.txt"), "not a backup, never touched");

        BackupFile made = backups.backupNow(Progress.NONE);

        assertThat(backups.list()).hasSizeBetween(8, 11).first().isEqualTo(made);
        assertThat(backups.list()).allMatch(b -> b.takenAt().isAfter(now.minus(29, ChronoUnit.DAYS)));
        assertThat(folder.resolve("notes.txt")).exists();
    }

    @Test
    void aFailedBackupIsRememberedUntilOneSucceedsAndKeepsOlderBackups() throws Exception {
        BackupFile good = backups.backupNow(Progress.NONE);
        Path notAFolder = dir.resolve("usb-drive-missing");
        Files.writeString(notAFolder, "a file where the folder should be");
        db.writeVoid(ctx -> ctx.execute("INSERT INTO setting(key, value) VALUES ('backup.folder', ?)", notAFolder.toString()));

        assertThatThrownBy(() -> backups.backupNow(Progress.NONE))
                .isInstanceOf(ClinicDeskException.class)
                .hasMessageContaining(notAFolder.toString())
                .hasMessageContaining("older backups were kept");
        BackupStatus failed = backups.lastBackupStatus();
        assertThat(failed.failing()).isTrue();
        assertThat(failed.failureMessage()).contains("usb-drive-missing");
        assertThat(good.file()).exists();

        backups.setFolder(null);
        Database later = db;
        BackupService afterTime = new BackupService(later, dir,
                java.time.Clock.offset(TestDb.CLOCK, java.time.Duration.ofMinutes(5)));
        afterTime.backupNow(Progress.NONE);
        assertThat(afterTime.lastBackupStatus().failing()).isFalse();
    }

    @Test
    void backupFolderSettingPointsElsewhere() {
        Path usb = dir.resolve("media").resolve("usb");
        backups.setFolder(usb);

        BackupFile made = backups.backupNow(Progress.NONE);

        assertThat(backups.folder()).isEqualTo(usb.toAbsolutePath().normalize());
        assertThat(made.file().getParent()).isEqualTo(usb.toAbsolutePath().normalize());
    }
}

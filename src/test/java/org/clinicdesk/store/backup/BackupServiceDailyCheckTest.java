package org.clinicdesk.store.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.clinicdesk.domain.backup.BackupFile;
import org.clinicdesk.domain.backup.BackupStatus;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.demo.DemoDataGenerator;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full integrity check moved from start to the daily backup: what start lets through, the daily job catches. */
class BackupServiceDailyCheckTest {
    @TempDir
    Path dir;

    @Test
    void aHealthyFileIsCheckedThenBackedUp() {
        try (Database db = TestDb.open(dir)) {
            new DemoDataGenerator(db, TestDb.CLOCK, 3).generate(40);
            BackupService backups = new BackupService(db, dir, TestDb.CLOCK);
            BackupFile made = backups.checkDataThenBackUp(Progress.NONE);
            assertThat(SqliteFileCheck.integrity(made.file())).isEqualTo("ok");
            assertThat(backups.lastBackupStatus().failing()).isFalse();
        }
    }

    @Test
    void anIndexThatNoLongerMatchesItsTableOpensAtStartButFailsTheDailyCheckAndKeepsTheOlderBackups() throws Exception {
        BackupFile older;
        try (Database db = TestDb.open(dir)) {
            new DemoDataGenerator(db, TestDb.CLOCK, 3).generate(40);
            older = new BackupService(db, dir, TestDb.CLOCK).backupNow(Progress.NONE);
        }
        Path file = dir.resolve(Database.FILE_NAME);
        // the index's definition stays the migrations' (a changed one is refused at open: SqliteSchemaCheckTest), but
        // its pages go stale: while it claimed another column, the phones changed underneath it
        setIndexColumn(file, "city");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE enquiry SET phone = NULL WHERE phone IS NOT NULL");
        }
        setIndexColumn(file, "phone");

        try (Database db = Database.open(file)) {
            BackupService backups = new BackupService(db, dir, TestDb.CLOCK);
            assertThatThrownBy(() -> backups.checkDataThenBackUp(Progress.NONE))
                    .isInstanceOf(ClinicDeskException.class)
                    .hasMessageContaining("failed its daily check")
                    .hasMessageContaining("enquiry_phone");
            BackupStatus status = backups.lastBackupStatus();
            assertThat(status.failing()).isTrue();
            assertThat(status.failureMessage()).contains("Restore the newest good backup");
            assertThat(backups.list()).extracting(BackupFile::file).containsExactly(older.file());
        }
    }

    private static void setIndexColumn(Path file, String column) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA writable_schema=ON");
            s.execute("UPDATE sqlite_schema SET sql = 'CREATE INDEX enquiry_phone ON enquiry (" + column
                    + ")' WHERE name = 'enquiry_phone'");
        }
    }
}

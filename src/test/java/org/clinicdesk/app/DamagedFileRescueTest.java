package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.clinicdesk.domain.backup.BackupFile;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.DatabaseDamagedException;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.store.demo.DemoDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DamagedFileRescueTest {
    @TempDir
    Path dir;

    private static void damage(Path file, int from) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = from; i < bytes.length; i += 11) {
            bytes[i] = 0x44;
        }
        Files.write(file, bytes);
    }

    @Test
    void findsTheNewestGoodBackupSkippingADamagedOneAndRestoresIt() throws Exception {
        BackupFile good;
        BackupFile newer;
        try (AppContext context = AppContext.open(dir, true, TestDb.CLOCK)) {
            new DemoDataGenerator(context.database(), TestDb.CLOCK, 1).generate(50);
            good = context.backups().backupNow(Progress.NONE);
        }
        try (AppContext later = AppContext.open(dir, true, Clock.offset(TestDb.CLOCK, Duration.ofDays(1)))) {
            newer = later.backups().backupNow(Progress.NONE);
        }
        damage(newer.file(), 4096);
        damage(dir.resolve(Database.FILE_NAME), 2048);
        assertThatThrownBy(() -> AppContext.open(dir, true, TestDb.CLOCK)).isInstanceOf(DatabaseDamagedException.class);

        DamagedFileRescue rescue = new DamagedFileRescue(dir, TestDb.CLOCK);
        assertThat(rescue.newestGoodBackup()).map(BackupFile::file).contains(good.file());

        try (AppContext restored = rescue.restoreNewest(true)) {
            assertThat(restored.database().integrityCheck()).isEqualTo("ok");
            int enquiries = restored.database().read(ctx -> ctx.fetchCount(org.clinicdesk.store.jooq.Tables.ENQUIRY));
            assertThat(enquiries).isEqualTo(50);
        }
    }

    @Test
    void exportsWhatCanBeReadOrSaysItCannot() throws Exception {
        try (AppContext context = AppContext.open(dir, true, TestDb.CLOCK)) {
            new DemoDataGenerator(context.database(), TestDb.CLOCK, 1).generate(30);
        }
        DamagedFileRescue rescue = new DamagedFileRescue(dir, TestDb.CLOCK);
        Path csv = dir.resolve("rescued.csv");
        assertThat(rescue.exportReadable(org.clinicdesk.domain.output.OutputTarget.newFile(csv))).isEqualTo(30);
        assertThat(Files.readAllLines(csv)).hasSize(31);

        Files.writeString(dir.resolve(Database.FILE_NAME), "not a database at all, overwritten by accident");
        assertThatThrownBy(() -> rescue.exportReadable(org.clinicdesk.domain.output.OutputTarget.newFile(dir.resolve("second.csv")))).isInstanceOf(ClinicDeskException.class)
                .hasMessageContaining("from a backup");
        assertThat(rescue.newestGoodBackup()).isEmpty();
        assertThatThrownBy(() -> rescue.restoreNewest(true)).hasMessageContaining("No good backup");
    }

    @Test
    void theRescuesExportIsInTheAuditLogOfTheNextDatabaseWithItsCountAndNoPersonalData() throws Exception {
        java.util.List<String> names;
        try (AppContext context = AppContext.open(dir, true, TestDb.CLOCK)) {
            new DemoDataGenerator(context.database(), TestDb.CLOCK, 1).generate(30);
            context.backups().backupNow(Progress.NONE);
            names = context.database().read(ctx -> ctx.select(org.clinicdesk.store.jooq.Tables.ENQUIRY.FULL_NAME)
                    .from(org.clinicdesk.store.jooq.Tables.ENQUIRY).fetch(org.clinicdesk.store.jooq.Tables.ENQUIRY.FULL_NAME));
        }
        DamagedFileRescue rescue = new DamagedFileRescue(dir, TestDb.CLOCK);
        byte[] before = Files.readAllBytes(dir.resolve(Database.FILE_NAME));
        assertThat(rescue.exportReadable(org.clinicdesk.domain.output.OutputTarget.newFile(dir.resolve("rescued.csv"))))
                .isEqualTo(30);
        assertThat(Files.readAllBytes(dir.resolve(Database.FILE_NAME))).as("the damaged file is not written to")
                .isEqualTo(before);
        Path kept = dir.resolve(org.clinicdesk.store.PendingAuditFile.FILE_NAME);
        assertThat(Files.readString(kept)).contains("exported 30 readable enquiries");

        try (AppContext restored = rescue.restoreNewest(true)) {
            java.util.List<org.jooq.Record3<Long, String, String>> rows = restored.database().read(ctx -> ctx
                    .select(org.clinicdesk.store.jooq.Tables.AUDIT_EVENT.STAFF_ID,
                            org.clinicdesk.store.jooq.Tables.AUDIT_EVENT.ENTITY,
                            org.clinicdesk.store.jooq.Tables.AUDIT_EVENT.SUMMARY)
                    .from(org.clinicdesk.store.jooq.Tables.AUDIT_EVENT)
                    .where(org.clinicdesk.store.jooq.Tables.AUDIT_EVENT.ACTION.eq("CSV_EXPORT")).fetch());
            assertThat(rows).hasSize(1);
            String summary = rows.getFirst().value3();
            assertThat(summary).startsWith("damaged-file rescue: exported 30 readable enquiries")
                    .contains("(at 2026-11-25T04:30:00Z)");
            assertThat(rows.getFirst().value1()).isNull();
            assertThat(rows.getFirst().value2()).isEqualTo("enquiry");
            for (String name : names) {
                assertThat(summary).doesNotContain(name);
            }
        }
        assertThat(kept).doesNotExist();
        try (AppContext again = AppContext.open(dir, true, TestDb.CLOCK)) {
            assertThat(again.database().<Integer>read(ctx -> ctx.fetchCount(org.clinicdesk.store.jooq.Tables.AUDIT_EVENT,
                    org.clinicdesk.store.jooq.Tables.AUDIT_EVENT.ACTION.eq("CSV_EXPORT")))).as("written once").isEqualTo(1);
        }
    }
}

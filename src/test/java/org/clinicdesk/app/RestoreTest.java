package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.clinicdesk.domain.backup.BackupFile;
import org.clinicdesk.domain.common.CancelledException;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.TableDump;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.store.backup.RestoreService;
import org.clinicdesk.store.demo.DemoDataGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreTest {
    @TempDir
    Path dir;
    private AppContext context;

    @BeforeEach
    void openDemo() {
        context = AppContext.open(dir, true, TestDb.CLOCK);
        new DemoDataGenerator(context.database(), TestDb.CLOCK, DemoSetup.DEMO_SEED).generate(DemoSetup.DEMO_ENQUIRIES);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** Rows the backup and restore write themselves (their status settings, the RESTORE audit entry) are left out. */
    private static Map<String, List<List<String>>> dataOf(AppContext c) {
        Map<String, List<List<String>>> dump = new java.util.LinkedHashMap<>(TableDump.of(c.database()));
        dump.put("setting", dump.get("setting").stream().filter(r -> !r.getFirst().startsWith("backup.")).toList());
        dump.put("audit_event", dump.get("audit_event").stream().filter(r -> !r.get(3).equals("RESTORE")).toList());
        return dump;
    }

    @Test
    void backupThenRestoreOnTheDemoDatabaseGivesIdenticalData() throws Exception {
        Map<String, List<List<String>>> before = dataOf(context);
        assertThat(before.get("enquiry")).hasSize(DemoSetup.DEMO_ENQUIRIES);
        BackupFile backup = context.backups().backupNow(Progress.NONE);

        context.database().writeVoid(ctx -> {
            ctx.execute("DELETE FROM enquiry_condition");
            ctx.execute("UPDATE enquiry SET notes = 'changed after the backup'");
            ctx.execute("DELETE FROM consultation");
        });
        Map<String, List<List<String>>> changed = dataOf(context);
        assertThat(changed).isNotEqualTo(before);

        context = context.restoreFrom(backup.file(), Progress.NONE);

        Map<String, List<List<String>>> after = dataOf(context);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String table : before.keySet()) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
        assertThat(context.database().integrityCheck()).isEqualTo("ok");
        try (Stream<Path> safety = Files.list(dir.resolve(RestoreService.SAFETY_FOLDER))) {
            Path copy = safety.filter(p -> p.getFileName().toString().endsWith(".db")).findFirst().orElseThrow();
            try (Database old = Database.open(copy)) {
                int consultations = old.read(ctx -> ctx.fetchCount(org.clinicdesk.store.jooq.Tables.CONSULTATION));
                assertThat(consultations).isZero();
            }
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheDataInUseIsUntouched() throws Exception {
        Map<String, List<List<String>>> before = dataOf(context);
        BackupFile backup = context.backups().backupNow(Progress.NONE);
        byte[] bytes = Files.readAllBytes(backup.file());
        for (int i = 4096; i < bytes.length; i += 97) {
            bytes[i] = (byte) 0x5A;
        }
        Path damaged = dir.resolve("damaged.db");
        Files.write(damaged, bytes);

        assertThatThrownBy(() -> context.restoreFrom(damaged, Progress.NONE))
                .isInstanceOf(ClinicDeskException.class)
                .hasMessageContaining("damaged.db")
                .hasMessageContaining("not changed");
        assertThat(dataOf(context)).isEqualTo(before);
        assertThat(dir.resolve(Database.FILE_NAME + ".restoring")).doesNotExist();
    }

    @Test
    void aFileThatIsNotAClinicDeskBackupIsRefused() throws Exception {
        Path text = dir.resolve("enquiries.xlsx");
        Files.writeString(text, "PK this is a spreadsheet, not a database");
        assertThatThrownBy(() -> context.restoreFrom(text, Progress.NONE)).hasMessageContaining("damaged");

        Path otherSqlite = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + otherSqlite);
             var s = c.createStatement()) {
            s.execute("CREATE TABLE notes (t TEXT)");
        }
        assertThatThrownBy(() -> context.restoreFrom(otherSqlite, Progress.NONE))
                .hasMessageContaining("not a ClinicDesk backup");
        assertThat(context.database().integrityCheck()).isEqualTo("ok");
    }

    @Test
    void aBackupFromANewerVersionIsRefused() {
        BackupFile backup = context.backups().backupNow(Progress.NONE);
        try (Database newer = Database.open(backup.file())) {
            newer.writeVoid(ctx -> ctx.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, "
                    + "type, script, checksum, installed_by, installed_on, execution_time, success) "
                    + "SELECT 999, '999', 'from the future', type, 'V999__future.sql', 0, installed_by, installed_on, 1, 1 "
                    + "FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1"));
        }
        assertThatThrownBy(() -> context.restoreFrom(backup.file(), Progress.NONE))
                .hasMessageContaining("newer version of ClinicDesk");
        assertThat(context.database().integrityCheck()).isEqualTo("ok");
    }

    @Test
    void cancellingBeforeTheSwitchChangesNothing() {
        Map<String, List<List<String>>> before = dataOf(context);
        BackupFile backup = context.backups().backupNow(Progress.NONE);
        AtomicBoolean cancel = new AtomicBoolean();
        Progress cancelsWhileChecking = new Progress() {
            @Override
            public void update(long done, long total, String step) {
                if (done >= 2) {
                    cancel.set(true);
                }
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };

        assertThatThrownBy(() -> context.restoreFrom(backup.file(), cancelsWhileChecking))
                .isInstanceOf(CancelledException.class);
        assertThat(dataOf(context)).isEqualTo(before);
        assertThat(dir.resolve(RestoreService.SAFETY_FOLDER)).doesNotExist();
    }
}

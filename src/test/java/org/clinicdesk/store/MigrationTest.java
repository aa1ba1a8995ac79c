package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void emptyFileIsMigratedToTheLatestSchema() throws Exception {
        try (Database db = TestDb.open(dir)) {
            List<String> migrations = new java.util.ArrayList<>();
            // SQL migrations, and the data migrations written in Java
            for (Path folder : List.of(Path.of("db/migration/sqlite"), Path.of("src/main/java/org/clinicdesk/store/migration"))) {
                try (var files = Files.list(folder)) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V")).forEach(migrations::add);
                }
            }
            String newest = migrations.stream().map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .max(MigrationTest::compareVersions).orElseThrow();
            assertThat(db.schemaVersion()).isEqualTo(newest);
            assertThat(DatabaseSummary.rowCounts(db)).containsKeys("clinic", "centre", "staff", "medical_condition",
                    "enquiry", "consultation", "sheet", "sheet_version", "handout", "audit_event");
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void everyConnectionHasTheClinicDeskPragmas() {
        try (Database db = TestDb.open(dir)) {
            assertThat(db.read(ctx -> ctx.fetchValue("PRAGMA foreign_keys")).toString()).isEqualTo("1");
            assertThat(db.read(ctx -> ctx.fetchValue("PRAGMA journal_mode")).toString()).isEqualToIgnoringCase("wal");
            assertThat(db.read(ctx -> ctx.fetchValue("PRAGMA synchronous")).toString()).isEqualTo("2");
            assertThat(Integer.parseInt(db.read(ctx -> ctx.fetchValue("PRAGMA busy_timeout")).toString())).isPositive();
        }
    }

    @Test
    void reopeningAMigratedFileChangesNothing() {
        try (Database db = TestDb.open(dir)) {
            db.writeVoid(ctx -> ctx.execute("INSERT INTO setting(key, value) VALUES ('k', 'v')"));
        }
        try (Database db = TestDb.open(dir)) {
            Object value = db.read(ctx -> ctx.fetchValue("SELECT value FROM setting WHERE key = 'k'"));
            assertThat(value).isEqualTo("v");
        }
    }

    @Test
    void aDatabaseFromANewerClinicDeskIsRefusedAndLeftUntouched() throws Exception {
        TestDb.open(dir).close();
        Path file = dir.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, installed_on, execution_time, success) VALUES (999, '999', 'from the future', 'SQL', "
                    + "'V999__from_the_future.sql', 0, 'test', '2030-01-01 00:00:00', 1, 1)");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> TestDb.open(dir))
                .isInstanceOf(ClinicDeskException.class)
                .hasMessageContaining("newer version of ClinicDesk")
                .hasMessageContaining("999");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDamagedFileIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] junk = new byte[8192];
        new java.util.Random(1).nextBytes(junk);
        Files.write(file, junk);
        assertThatThrownBy(() -> TestDb.open(dir))
                .isInstanceOf(DatabaseDamagedException.class)
                .hasMessageContaining("is damaged")
                .hasMessageContaining("Restore it from a backup");
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? Integer.parseInt(x[i]) : 0;
            int yi = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }
}

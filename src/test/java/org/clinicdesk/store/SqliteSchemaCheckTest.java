package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.store.backup.RestoreService;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A file is opened, restored or rescued only if its schema is exactly the migrations': crafted "backups" that drop the
 * audit log's guards, turn off the search index's secure-delete, weaken an index or add a trigger that copies a
 * person's details are refused, naming what differs, and the data in use is not touched.
 */
class SqliteSchemaCheckTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseTheMigrationsMadeOpensWithTrustedSchemaOff() {
        try (Database db = TestDb.open(dir)) {
            assertThat(String.valueOf(db.<Object>read(ctx -> ctx.fetchValue("PRAGMA trusted_schema")))).isEqualTo("0");
        }
        try (Database again = Database.open(dir.resolve(Database.FILE_NAME))) {
            assertThat(again.schemaVersion()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "extra trigger that copies an erased person | extra trigger keep_erased",
        "dropped append-only trigger of the audit log | missing trigger audit_event_no_update",
        "index without its condition | changed index enquiry_open_follow_up",
        "search index secure-delete off | changed full-text option secure-delete of enquiry_fts",
        "extra view | extra view everyone",
    })
    void aCraftedBackupIsRefusedNamingWhatDiffers(String crafted, String named) throws Exception {
        Path live = dir.resolve("data").resolve(Database.FILE_NAME);
        Files.createDirectories(live.getParent());
        try (Database db = Database.open(live)) {
            db.writeVoid(ctx -> ctx.execute("INSERT INTO setting (key, value) VALUES ('live', 'yes')"));
        }
        byte[] liveBefore = Files.readAllBytes(live);
        Path backup = dir.resolve("clinicdesk-20261120-180000-000.db");
        try (Database db = Database.open(backup)) {
            db.checkpoint();
        }
        tamper(backup, crafted);

        assertThatThrownBy(() -> new RestoreService(live, TestDb.CLOCK).stage(backup, Progress.NONE))
                .isInstanceOf(ClinicDeskException.class)
                .hasMessageContaining("The backup " + backup.getFileName() + " was refused")
                .hasMessageContaining(named)
                .hasMessageContaining("The data in use was not changed");
        assertThat(Files.readAllBytes(live)).isEqualTo(liveBefore);
        assertThat(live.resolveSibling(Database.FILE_NAME + ".restoring")).doesNotExist();

        // opened directly (at start, or by the rescue), the same file is refused too
        assertThatThrownBy(() -> Database.open(backup)).isInstanceOf(DatabaseDamagedException.class)
                .satisfies(e -> assertThat(((DatabaseDamagedException) e).untrustedSchema()).isTrue())
                .hasMessageContaining(named);
    }

    @Test
    void manyDifferencesAreCountedAfterTheFirstFewNames() throws Exception {
        Path file = dir.resolve("many.db");
        try (Database db = Database.open(file)) {
            db.checkpoint();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (int i = 0; i < 12; i++) {
                s.execute("CREATE TABLE extra_" + i + " (x)");
            }
        }
        assertThatThrownBy(() -> Database.open(file)).hasMessageContaining("extra table extra_0")
                .hasMessageContaining("and 4 more");
    }

    private static void tamper(Path file, String how) throws Exception {
        List<String> sql = switch (how) {
            case "extra trigger that copies an erased person" -> List.of(
                    "CREATE TABLE keep (name TEXT, phone TEXT)",
                    "CREATE TRIGGER keep_erased BEFORE UPDATE OF erased_at ON enquiry BEGIN "
                            + "INSERT INTO keep VALUES (old.full_name, old.phone); END");
            case "dropped append-only trigger of the audit log" -> List.of("DROP TRIGGER audit_event_no_update");
            case "index without its condition" -> List.of("DROP INDEX enquiry_open_follow_up",
                    "CREATE INDEX enquiry_open_follow_up ON enquiry (next_follow_up, created_at)");
            case "search index secure-delete off" -> List.of(
                    "INSERT INTO enquiry_fts (enquiry_fts, rank) VALUES ('secure-delete', 0)");
            case "extra view" -> List.of("CREATE VIEW everyone AS SELECT full_name, phone FROM enquiry");
            default -> throw new IllegalArgumentException(how);
        };
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
            if (how.startsWith("search index")) {
                try (ResultSet rs = s.executeQuery("SELECT v FROM enquiry_fts_config WHERE k = 'secure-delete'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
        }
    }
}

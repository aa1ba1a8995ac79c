package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicdesk.testing.TestDb;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite migrations moved from {@code db/migration} to {@code db/migration/sqlite}. A file migrated by the old,
 * flat layout must still open: Flyway keys its history on version, description and checksum, not on the folder.
 */
class MigrationLayoutTest {
    @TempDir
    Path dir;

    @Test
    void aFileMigratedByTheFlatLayoutOpensAtItsVersionAndRunsNothingAgain() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        String fullyMigrated = migrateWithTheOldLayout(file, null);
        long historyRows = historyRows(file);

        try (Database db = TestDb.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(fullyMigrated);
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
        assertThat(historyRows(file)).as("no migration ran again").isEqualTo(historyRows);
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations(Database.sqliteMigrations())
                .load().validate();
    }

    @Test
    void aFileLeftAtAnOlderVersionByTheFlatLayoutIsMigratedOnByTheNewOne() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        assertThat(migrateWithTheOldLayout(file, "7")).isEqualTo("7");

        try (Database db = TestDb.open(dir)) {
            String newest = Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                    .locations(Database.sqliteMigrations()).load().info().current().getVersion().getVersion();
            assertThat(db.schemaVersion()).isEqualTo(newest).isNotEqualTo("7");
        }
    }

    @Test
    void aFileFromTheLastReleaseGetsAMigrationNumberedBelowItsVersion() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        // The last release ended at 12.5; 12.3 (the centre's video link) and 13 came after it.
        assertThat(migrateWithTheOldLayout(file, null, "V12_3__", "V13__")).isEqualTo("12.5");

        try (Database db = TestDb.open(dir);
             var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var cols = c.createStatement().executeQuery("SELECT count(*) FROM pragma_table_info('centre') WHERE name = 'video_link'")) {
            cols.next();
            assertThat(cols.getInt(1)).as("12.3 applied out of order").isEqualTo(1);
            assertThat(db.schemaVersion()).as("and 17 on top, in order").isEqualTo("17");
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations(Database.sqliteMigrations())
                .outOfOrder(true).load().validate();
    }

    /**
     * Migrates {@code file} the way ClinicDesk did before the move: every SQL migration in one flat folder; with
     * {@code leftOut}, as a past release did, without those files and with only the Java migrations it had.
     */
    private String migrateWithTheOldLayout(Path file, String target, String... leftOut) throws Exception {
        Path flat = Files.createDirectories(dir.resolve("old-layout/db/migration"));
        try (var sql = Files.list(Path.of("db/migration/sqlite"))) {
            for (Path p : sql.toList()) {
                if (java.util.Arrays.stream(leftOut).anyMatch(p.getFileName().toString()::startsWith)) {
                    continue;
                }
                Files.copy(p, flat.resolve(p.getFileName()));
            }
        }
        var config = Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null);
        if (leftOut.length == 0) {
            config.locations("filesystem:" + flat, "classpath:org/clinicdesk/store/migration");
        } else {
            // a past release: its one Java migration (V17 and later came after it)
            config.locations("filesystem:" + flat).javaMigrations(
                    new org.clinicdesk.store.migration.V10__Normalise_enquiry_names());
        }
        if (target != null) {
            config.target(target);
        }
        Flyway flyway = config.load();
        flyway.migrate();
        return flyway.info().current().getVersion().getVersion();
    }

    private static long historyRows(Path file) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var rows = c.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 17: the database refuses a consultation that ends before it starts. Existing rows are repaired first; on
 * SQLite the table rebuild keeps every index and trigger (the V6 overlap guard) and its foreign keys, and a file of
 * the last release ends with the schema of a new file; PostgreSQL gets the same rule and the same repair.
 */
class ConsultationEndsAfterStartMigrationTest {
    private static final String STAMP = "'2026-11-01T00:00:00.000Z'";
    @TempDir
    Path dir;

    @Test
    void anOldFileKeepsItsConsultationsAndTheBadOneGetsItsEndFromItsDuration() throws Exception {
        Path old = Files.createDirectories(dir.resolve("old"));
        String url = "jdbc:sqlite:" + old.resolve(Database.FILE_NAME);
        Flyway.configure().dataSource(url, null, null).locations(Database.sqliteMigrations()).target("7").load().migrate();
        seed(url);

        try (Database db = TestDb.open(old)) {
            assertThat(strings(db, "SELECT ends_at FROM consultation ORDER BY id"))
                    .containsExactly("2026-11-26T10:30", "2026-11-26T11:30", "2026-11-26T12:00");
            assertThat(strings(db, "SELECT summary FROM audit_event WHERE summary LIKE 'schema 17%'"))
                    .singleElement().asString().contains("1 consultations ended before they started").endsWith("#2");
            assertThat(strings(db, "SELECT rescheduled_from_id FROM consultation WHERE id = 3")).containsExactly("1");
            assertRulesHold(db);
            assertThat(schemaOfConsultation(db)).isEqualTo(freshSchemaOfConsultation());
        }
    }

    @Test
    void aFileOfTheLastReleaseGetsTheRuleWithTheSchemaOfANewFile() throws Exception {
        Path last = Files.createDirectories(dir.resolve("last"));
        String url = "jdbc:sqlite:" + last.resolve(Database.FILE_NAME);
        // the last release ended at 13 (V10, the Java one, included)
        Flyway.configure().dataSource(url, null, null).locations(Database.sqliteMigrations()).target("13").load().migrate();
        seed(url);

        try (Database db = TestDb.open(last)) {
            assertThat(db.schemaVersion()).isEqualTo("17");
            assertThat(strings(db, "SELECT ends_at FROM consultation ORDER BY id"))
                    .containsExactly("2026-11-26T10:30", "2026-11-26T11:30", "2026-11-26T12:00");
            assertRulesHold(db);
            // TestDb.open ran the schema check (the reference is a new file): the rebuilt table passed it
            assertThat(schemaOfConsultation(db)).isEqualTo(freshSchemaOfConsultation());
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void postgresqlGetsTheSameRuleAndTheSameRepair() throws Exception {
        assumeTrue(TestPostgres.available(), "no PostgreSQL in the environment (run under .ci/with-postgres)");
        try (var fresh = TestPostgres.fresh().orElseThrow()) {
            Flyway.configure().dataSource(fresh.url(), fresh.user(), fresh.password())
                    .locations(Database.postgresMigrations()).target("13").load().migrate();
            try (Connection c = fresh.connect(); Statement s = c.createStatement()) {
                // cancelled ones end before they start (a slot-holding one cannot: the V6 exclusion's range refuses it)
                seed(s, "CANCELLED");
                s.execute(insert(4, "2026-11-26T14:00", "2026-11-26T13:00", "NULL").replace("'BOOKED'", "'CANCELLED'"));
            }
            try (Database db = TestDb.openServer(fresh)) {
                assertThat(db.schemaVersion()).isEqualTo("17");
                assertThat(strings(db, "SELECT ends_at FROM consultation ORDER BY id")).containsExactly(
                        "2026-11-26T10:30", "2026-11-26T11:30", "2026-11-26T12:00", "2026-11-26T14:30");
                assertThat(strings(db, "SELECT summary FROM audit_event WHERE summary LIKE 'schema 17%'"))
                        .singleElement().asString().contains("2 consultations ended before they started")
                        .endsWith("#2, #4");
                for (String end : List.of("2026-11-27T09:30", "2026-11-27T10:00")) {
                    assertThatThrownBy(() -> db.write(ctx -> ctx.execute(insert(10, "2026-11-27T10:00", end, "NULL")
                            .replace("'BOOKED'", "'CANCELLED'")))).hasMessageContaining("consultation_ends_after_start");
                }
                assertThatThrownBy(() -> db.write(ctx -> ctx.execute("UPDATE consultation SET ends_at = starts_at WHERE id = 1")))
                        .hasMessageContaining("consultation_ends_after_start");
                db.write(ctx -> ctx.execute(insert(14, "2026-11-28T10:00", "2026-11-28T10:30", "1")));
            }
        }
    }

    private void assertRulesHold(Database db) {
        assertThatThrownBy(() -> db.write(ctx -> ctx.execute(insert(10, "2026-11-27T10:00", "2026-11-27T09:30", "NULL"))))
                .hasMessageContaining("CHECK constraint failed");
        assertThatThrownBy(() -> db.write(ctx -> ctx.execute(insert(11, "2026-11-27T10:00", "2026-11-27T10:00", "NULL"))))
                .hasMessageContaining("CHECK constraint failed");
        assertThatThrownBy(() -> db.write(ctx -> ctx.execute("UPDATE consultation SET ends_at = starts_at WHERE id = 1")))
                .hasMessageContaining("CHECK constraint failed");
        // the V6 overlap guard still stands: Dr Rao is booked 10:00-10:30 on the 26th
        assertThatThrownBy(() -> db.write(ctx -> ctx.execute(insert(12, "2026-11-26T10:15", "2026-11-26T10:45", "NULL"))))
                .hasMessageContaining("clinician double-booked");
        // and the foreign keys: no consultation for an enquiry that is not there
        assertThatThrownBy(() -> db.write(ctx -> ctx.execute(insert(13, "2026-11-28T10:00", "2026-11-28T10:30", "NULL")
                .replace("VALUES (13, 1,", "VALUES (13, 99,"))))
                .hasMessageContaining("FOREIGN KEY");
        db.write(ctx -> ctx.execute(insert(14, "2026-11-28T10:00", "2026-11-28T10:30", "1")));
        assertThat(strings(db, "SELECT \"table\" FROM pragma_foreign_key_check")).isEmpty();
    }

    private static List<String> strings(Database db, String sql) {
        List<?> values = db.read(ctx -> ctx.fetchValues(sql));
        return values.stream().map(String::valueOf).toList();
    }

    /** The table, indexes and triggers of consultation as sqlite_master holds them. */
    private static List<String> schemaOfConsultation(Database db) {
        return strings(db, "SELECT type || ' ' || name || ': ' || sql FROM sqlite_master "
                + "WHERE tbl_name = 'consultation' AND sql IS NOT NULL ORDER BY type, name").stream().map(String::valueOf).toList();
    }

    private List<String> freshSchemaOfConsultation() throws Exception {
        try (Database fresh = TestDb.open(Files.createDirectories(dir.resolve("fresh-" + System.nanoTime())))) {
            List<String> schema = schemaOfConsultation(fresh);
            assertThat(schema).anySatisfy(sql -> assertThat(sql).startsWith("table consultation:")
                    .contains("CHECK (ends_at > starts_at)"));
            assertThat(schema).anySatisfy(sql -> assertThat(sql).startsWith("trigger consultation_no_overlap_insert"));
            assertThat(schema).anySatisfy(sql -> assertThat(sql).startsWith("trigger consultation_no_overlap_update"));
            assertThat(schema).anySatisfy(sql -> assertThat(sql).startsWith("index consultation_report"));
            return schema;
        }
    }

    private static void seed(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            seed(s, "BOOKED");
        }
    }

    /** Three consultations; the second ends before it starts, with this status. */
    private static void seed(Statement s, String badStatus) throws Exception {
        s.execute("INSERT INTO centre (id, name, city, created_at, updated_at) VALUES (1, 'Hyderabad', 'Hyderabad', "
                + STAMP + ", " + STAMP + ")");
        s.execute("INSERT INTO clinician (id, name, created_at, updated_at) VALUES (1, 'Dr Rao', " + STAMP + ", " + STAMP + ")");
        s.execute("INSERT INTO enquiry (id, person_id, full_name, channel, centre_id, created_at, updated_at) "
                + "VALUES (1, 1, 'Anita Rao', 'PHONE', 1, " + STAMP + ", " + STAMP + ")");
        s.execute(insert(1, "2026-11-26T10:00", "2026-11-26T10:30", "NULL"));
        // ends before it starts: written before the rule, by hand or an old bug
        s.execute(insert(2, "2026-11-26T11:00", "2026-11-26T09:00", "NULL").replace("'BOOKED'", "'" + badStatus + "'"));
        s.execute(insert(3, "2026-11-26T11:30", "2026-11-26T12:00", "1"));
    }

    private static String insert(int id, String start, String end, String rescheduledFrom) {
        return "INSERT INTO consultation (id, enquiry_id, centre_id, clinician_id, starts_at, ends_at, duration_minutes, "
                + "mode, status, rescheduled_from_id, created_at, updated_at) VALUES (" + id + ", 1, 1, 1, '" + start
                + "', '" + end + "', 30, 'IN_PERSON', 'BOOKED', " + rescheduledFrom + ", " + STAMP + ", " + STAMP + ")";
    }
}

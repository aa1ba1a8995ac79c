package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The data's rules, enforced by PostgreSQL itself (postgresql/V2, V3, V6, V11_1), whoever writes the rows. */
class PostgresRulesTest {
    private static final String NOW = "'2026-11-25T04:30:00.000Z'";
    private TestPostgres.FreshDatabase fresh;

    @BeforeEach
    void migrate() throws Exception {
        assumeTrue(TestPostgres.available(), "no PostgreSQL in the environment (run under .ci/with-postgres)");
        fresh = TestPostgres.fresh().orElseThrow();
        TestDb.openServer(fresh).close();
        sql("INSERT INTO centre (id, name, city, created_at, updated_at) VALUES (1, 'Bangalore', 'Bangalore', " + NOW + ", " + NOW + ")",
                "INSERT INTO clinician (id, name, created_at, updated_at) VALUES (1, 'Dr A', " + NOW + ", " + NOW + "), (2, 'Dr B', " + NOW + ", " + NOW + ")",
                "INSERT INTO enquiry (id, person_id, full_name, phone, email, city, channel, centre_id, created_at, updated_at) "
                        + "VALUES (1, 1, 'Ánita Rao', '+919845012345', 'Anita@Example.com', 'Bengaluru', 'PHONE', 1, " + NOW + ", " + NOW + ")");
    }

    @AfterEach
    void drop() {
        if (fresh != null) {
            fresh.close();
        }
    }

    @Test
    void theAuditLogRefusesChangesAndRemovalsEvenFromTheOwner() throws Exception {
        sql("INSERT INTO audit_event (at, action, entity, entity_id, summary) VALUES (" + NOW + ", 'CREATE', 'enquiry', 1, 'x')");
        for (String change : new String[] {"UPDATE audit_event SET summary = 'y'", "DELETE FROM audit_event",
                "TRUNCATE audit_event"}) {
            assertThatThrownBy(() -> sql(change)).as(change).hasMessageContaining("append-only");
        }
        assertThat(count("SELECT count(*) FROM audit_event WHERE summary = 'x'")).isEqualTo(1);
    }

    @Test
    void aDeskRoleMayAddToTheAuditLogButHasNoRightToChangeIt() throws Exception {
        String role = fresh.name() + "_desk";
        sql("CREATE ROLE " + role + " LOGIN PASSWORD 'desk-pw' IN ROLE clinicdesk_desk");
        try (Connection desk = DriverManager.getConnection(fresh.url(), role, "desk-pw"); Statement s = desk.createStatement()) {
            s.execute("INSERT INTO audit_event (at, action, entity, entity_id, summary) VALUES (" + NOW + ", 'CREATE', 'enquiry', 1, 'x')");
            s.execute("UPDATE enquiry SET notes = 'prefers afternoon' WHERE id = 1");
            assertThatThrownBy(() -> s.execute("UPDATE audit_event SET summary = 'y'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("DELETE FROM audit_event")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("CREATE TABLE sneaky (id int)")).hasMessageContaining("permission denied");
        } finally {
            sql("DROP OWNED BY " + role, "DROP ROLE " + role);
        }
    }

    @Test
    void aClinicianCannotBeDoubleBookedButFreedSlotsAndTouchingSlotsAreFine() throws Exception {
        sql(consultation(1, 1, "2026-11-25T10:00", "2026-11-25T10:30", "BOOKED"));
        assertThatThrownBy(() -> sql(consultation(2, 1, "2026-11-25T10:15", "2026-11-25T10:45", "CONFIRMED")))
                .hasMessageContaining("consultation_no_overlap");
        sql(consultation(3, 1, "2026-11-25T10:30", "2026-11-25T11:00", "BOOKED"),   // starts as the first ends
                consultation(4, 2, "2026-11-25T10:00", "2026-11-25T10:30", "BOOKED"),   // another clinician
                consultation(5, 1, "2026-11-25T10:00", "2026-11-25T10:30", "CANCELLED")); // holds no slot
        assertThatThrownBy(() -> sql("UPDATE consultation SET status = 'BOOKED' WHERE id = 5"))
                .as("restoring a cancelled booking over a taken slot").hasMessageContaining("consultation_no_overlap");
        sql("UPDATE consultation SET status = 'CANCELLED' WHERE id = 1", "UPDATE consultation SET status = 'BOOKED' WHERE id = 5");
    }

    @Test
    void checksRefuseWhatSqliteRefuses() {
        assertThatThrownBy(() -> sql("UPDATE enquiry SET channel = 'FAX' WHERE id = 1")).hasMessageContaining("check");
        assertThatThrownBy(() -> sql("UPDATE enquiry SET age = 131 WHERE id = 1")).hasMessageContaining("check");
        assertThatThrownBy(() -> sql("UPDATE centre SET active = 2 WHERE id = 1")).hasMessageContaining("check");
        assertThatThrownBy(() -> sql("INSERT INTO clinic (id, name, created_at, updated_at) VALUES (2, 'x', " + NOW + ", " + NOW + ")"))
                .hasMessageContaining("check");
    }

    @Test
    void closingAnEnquiryStampsClosedAtAndReopeningClearsIt() throws Exception {
        sql("UPDATE enquiry SET status = 'CLOSED', close_reason = 'COST', updated_at = '2026-11-26T05:00:00.000Z' WHERE id = 1");
        assertThat(count("SELECT count(*) FROM enquiry WHERE closed_at = '2026-11-26T05:00:00.000Z'")).isEqualTo(1);
        sql("UPDATE enquiry SET status = 'CONTACTED', close_reason = NULL WHERE id = 1");
        assertThat(count("SELECT count(*) FROM enquiry WHERE closed_at IS NULL")).isEqualTo(1);
    }

    @Test
    void theSearchTextFollowsTheEnquiryFoldedAndLeavesWithErasure() throws Exception {
        assertThat(count("SELECT count(*) FROM enquiry_fts WHERE rowid = 1 AND full_name = 'anita rao' "
                + "AND phones = '919845012345 9845012345' AND email = 'anita@example.com' AND city = 'bengaluru'")).isEqualTo(1);
        sql("UPDATE enquiry SET full_name = 'Erased', phone = NULL, email = NULL, erased_at = " + NOW + " WHERE id = 1");
        assertThat(count("SELECT count(*) FROM enquiry_fts")).isZero();
    }

    @Test
    void aServerSetUpByANewerClinicDeskIsRefusedAndLeftAsItIs() throws Exception {
        sql("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, "
                + "execution_time, success) VALUES (999, '999', 'from the future', 'SQL', 'V999__f.sql', 0, 'test', 1, true)");
        long rows = count("SELECT count(*) FROM flyway_schema_history");
        assertThatThrownBy(() -> TestDb.openServer(fresh)).isInstanceOf(ClinicDeskException.class)
                .hasMessageContaining("newer version of ClinicDesk").hasMessageContaining("999");
        assertThat(count("SELECT count(*) FROM flyway_schema_history")).isEqualTo(rows);
    }

    @Test
    void aWrongPasswordIsSaidInPlainWords() {
        var wrong = new ServerAddress(fresh.url(), fresh.user(), "not-the-password");
        assertThatThrownBy(() -> Database.openServer(wrong)).isInstanceOf(ClinicDeskException.class)
                .hasMessageContaining("wrong user name or password").hasMessageNotContaining("not-the-password");
    }

    private static String consultation(int id, int clinician, String start, String end, String status) {
        return "INSERT INTO consultation (id, enquiry_id, centre_id, clinician_id, starts_at, ends_at, duration_minutes, mode, "
                + "status, created_at, updated_at) VALUES (" + id + ", 1, 1, " + clinician + ", '" + start + "', '" + end
                + "', 30, 'IN_PERSON', '" + status + "', " + NOW + ", " + NOW + ")";
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = fresh.connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private long count(String query) throws SQLException {
        try (Connection c = fresh.connect(); Statement s = c.createStatement(); var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

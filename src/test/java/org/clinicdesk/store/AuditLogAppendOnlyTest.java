package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;

import java.nio.file.Path;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogAppendOnlyTest {
    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void setUp() {
        db = TestDb.open(dir);
        new JooqAuditLog(db, TestDb.CLOCK, new CurrentUser()).record(AuditAction.CREATE, "enquiry", 7L, "created");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theDatabaseRefusesToChangeAnEntry() {
        assertThatThrownBy(() -> db.writeVoid(ctx -> ctx.update(AUDIT_EVENT).set(AUDIT_EVENT.SUMMARY, "nothing happened")
                .execute())).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.writeVoid(ctx -> ctx.execute("UPDATE audit_event SET staff_id = NULL")))
                .hasMessageContaining("append-only");
        assertThat(summaries()).containsExactly("created");
    }

    @Test
    void theDatabaseRefusesToRemoveAnEntry() {
        assertThatThrownBy(() -> db.writeVoid(ctx -> ctx.deleteFrom(AUDIT_EVENT).execute()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.writeVoid(ctx -> ctx.execute("DELETE FROM audit_event WHERE id = 1")))
                .hasMessageContaining("append-only");
        assertThat(summaries()).containsExactly("created");
    }

    @Test
    void appendingStillWorks() {
        new JooqAuditLog(db, TestDb.CLOCK, new CurrentUser()).record(AuditAction.PRINT, "sheet", 3L, "printed");
        assertThat(summaries()).containsExactly("created", "printed");
    }

    private java.util.List<String> summaries() {
        return db.read(ctx -> ctx.select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID)
                .fetch(AUDIT_EVENT.SUMMARY));
    }
}

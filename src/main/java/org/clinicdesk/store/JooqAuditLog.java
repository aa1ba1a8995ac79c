package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;

import java.time.Clock;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.staff.CurrentUser;

/** The append-only audit table; the database's triggers refuse any change to a written entry. */
public final class JooqAuditLog implements AuditLog {
    // entries a command-line job makes have no staff id; the summary says who acted
    private final Database db;
    private final Clock clock;
    private final CurrentUser currentUser;

    public JooqAuditLog(Database db, Clock clock, CurrentUser currentUser) {
        this.db = db;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    public void record(AuditAction action, String entity, Long entityId, String summary) {
        db.writeVoid(ctx -> ctx.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.AT, Timestamps.now(clock))
                .set(AUDIT_EVENT.STAFF_ID, currentUser.idOrNull())
                .set(AUDIT_EVENT.ACTION, action.name())
                .set(AUDIT_EVENT.ENTITY, entity)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.SUMMARY, (currentUser.isCommandLine() ? COMMAND_LINE : "") + (summary == null ? "" : summary))
                .execute());
    }

    @Override
    public void recordAll(java.util.List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String at = Timestamps.now(clock);
        Long staff = currentUser.idOrNull();
        String prefix = currentUser.isCommandLine() ? COMMAND_LINE : "";
        db.writeVoid(ctx -> {
            var batch = ctx.batch(ctx.insertInto(AUDIT_EVENT, AUDIT_EVENT.AT, AUDIT_EVENT.STAFF_ID, AUDIT_EVENT.ACTION,
                    AUDIT_EVENT.ENTITY, AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.SUMMARY)
                    .values((String) null, null, null, null, null, null));
            entries.forEach(e -> batch.bind(at, staff, e.action().name(), e.entity(), e.entityId(),
                    prefix + (e.summary() == null ? "" : e.summary())));
            batch.execute();
        });
    }
}

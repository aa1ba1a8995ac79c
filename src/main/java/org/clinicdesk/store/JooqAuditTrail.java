package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.STAFF;

import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.domain.audit.AuditEntry;
import org.clinicdesk.domain.audit.AuditFilter;
import org.clinicdesk.domain.audit.AuditTrail;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Reads the audit table with the staff member's name joined in. */
public final class JooqAuditTrail implements AuditTrail {
    private final Database db;

    public JooqAuditTrail(Database db) {
        this.db = db;
    }

    @Override
    public List<AuditEntry> find(AuditFilter f, int limit) {
        List<Condition> where = new ArrayList<>();
        if (f.staffId() != null) {
            where.add(AUDIT_EVENT.STAFF_ID.eq(f.staffId()));
        }
        if (f.entity() != null) {
            where.add(AUDIT_EVENT.ENTITY.eq(f.entity()));
        }
        if (f.action() != null) {
            where.add(AUDIT_EVENT.ACTION.eq(f.action().name()));
        }
        if (f.from() != null) {
            where.add(AUDIT_EVENT.AT.ge(Timestamps.format(f.from())));
        }
        if (f.to() != null) {
            where.add(AUDIT_EVENT.AT.lt(Timestamps.format(f.to())));
        }
        return db.read(ctx -> ctx.select(AUDIT_EVENT.ID, AUDIT_EVENT.AT, AUDIT_EVENT.STAFF_ID, STAFF.FULL_NAME,
                        AUDIT_EVENT.ACTION, AUDIT_EVENT.ENTITY, AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.SUMMARY)
                .from(AUDIT_EVENT).leftJoin(STAFF).on(STAFF.ID.eq(AUDIT_EVENT.STAFF_ID))
                .where(DSL.and(where))
                .orderBy(AUDIT_EVENT.AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditEntry(r.value1(), Timestamps.parse(r.value2()), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8())));
    }

    @Override
    public List<String> entities() {
        return db.read(ctx -> ctx.selectDistinct(AUDIT_EVENT.ENTITY).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ENTITY)
                .fetch(AUDIT_EVENT.ENTITY));
    }
}

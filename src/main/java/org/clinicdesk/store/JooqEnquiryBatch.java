package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_CONDITION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryRepository;
import org.clinicdesk.domain.enquiry.KnownPeople;
import org.clinicdesk.store.jooq.tables.records.EnquiryRecord;
import org.jooq.BatchBindStep;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** Many new enquiries at once (an import): batched inserts in the caller's transaction, and the people on file. */
final class JooqEnquiryBatch {
    private final Database db;

    JooqEnquiryBatch(Database db) {
        this.db = db;
    }

    /** Ids are taken after the highest stored one, so every row, its conditions and its person link go in batches. */
    List<Long> insertAll(List<Enquiry> enquiries) {
        if (enquiries.isEmpty()) {
            return List.of();
        }
        return db.write(ctx -> {
            Long max = ctx.select(DSL.max(ENQUIRY.ID)).from(ENQUIRY).fetchOne(0, Long.class);
            long next = max == null ? 1 : max + 1;
            List<EnquiryRecord> records = new ArrayList<>(enquiries.size());
            List<Long> ids = new ArrayList<>(enquiries.size());
            BatchBindStep conditions = ctx.batch(ctx.insertInto(ENQUIRY_CONDITION, ENQUIRY_CONDITION.ENQUIRY_ID,
                    ENQUIRY_CONDITION.CONDITION_ID).values((Long) null, null).onConflictDoNothing());
            for (Enquiry e : enquiries) {
                long id = next++;
                EnquiryRecord r = ctx.newRecord(ENQUIRY);
                r.setId(id);
                JooqEnquiryRepository.fill(r, e);
                r.setPersonId(e.personId() == null ? id : e.personId());
                r.setCreatedAt(Timestamps.format(e.createdAt()));
                r.setCreatedBy(e.createdBy());
                r.setVersion(1);
                records.add(r);
                ids.add(id);
                e.conditionIds().forEach(c -> conditions.bind(id, c));
            }
            ctx.batchInsert(records).execute();
            if (conditions.size() > 0) {
                conditions.execute();
            }
            if (ctx.dialect().family() == SQLDialect.POSTGRES) {
                // the ids were given, so the server's identity sequence must move past them
                ctx.execute("SELECT setval(pg_get_serial_sequence('enquiry', 'id'), (SELECT max(id) FROM enquiry))");
            }
            return ids;
        });
    }

    void linkPeople(java.util.Map<Long, Long> personOf) {
        if (personOf.isEmpty()) {
            return;
        }
        db.writeVoid(ctx -> {
            BatchBindStep batch = ctx.batch(ctx.update(ENQUIRY).set(ENQUIRY.PERSON_ID, (Long) null)
                    .where(ENQUIRY.ID.eq((Long) null)));
            personOf.forEach((id, person) -> batch.bind(person, id));
            batch.execute();
        });
    }

    List<KnownPeople.Person> people() {
        return db.read(ctx -> ctx.select(ENQUIRY.ID, ENQUIRY.PERSON_ID, ENQUIRY.FULL_NAME, ENQUIRY.PHONE,
                        ENQUIRY.PHONE_ALT, ENQUIRY.CREATED_AT).from(ENQUIRY).where(ENQUIRY.ERASED_AT.isNull())
                .orderBy(ENQUIRY.CREATED_AT, ENQUIRY.ID)
                .fetch(r -> new KnownPeople.Person(r.value1(), r.value2() == null ? r.value1() : r.value2(),
                        r.value3(), r.value4(), r.value5(), Timestamps.parse(r.value6()))));
    }

    void addEvents(List<EnquiryRepository.NewEvent> events, Instant at, Long staffId) {
        if (events.isEmpty()) {
            return;
        }
        String when = Timestamps.format(at);
        db.writeVoid(ctx -> {
            BatchBindStep batch = ctx.batch(ctx.insertInto(ENQUIRY_EVENT, ENQUIRY_EVENT.ENQUIRY_ID, ENQUIRY_EVENT.KIND,
                    ENQUIRY_EVENT.DETAIL, ENQUIRY_EVENT.AT, ENQUIRY_EVENT.STAFF_ID).values((Long) null, null, null, null,
                    null));
            events.forEach(e -> batch.bind(e.enquiryId(), e.kind(), e.detail() == null ? "" : e.detail(), when, staffId));
            batch.execute();
        });
    }
}

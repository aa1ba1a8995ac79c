package org.clinicdesk.store.transfer;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_CONDITION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;
import static org.clinicdesk.store.jooq.Tables.IMPORT_MAPPING;
import static org.clinicdesk.store.jooq.Tables.MEDICAL_CONDITION;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.transfer.ColumnMapping;
import org.clinicdesk.domain.transfer.EnquiryImportStore;
import org.clinicdesk.domain.transfer.ImportKeys;
import org.clinicdesk.domain.transfer.ImportedEnquiry;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.Timestamps;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** Enquiries written by an import, in batches inside one transaction; and the saved column mappings. */
public final class JooqEnquiryImportStore implements EnquiryImportStore {
    private static final int BATCH = 5_000;
    private final Database db;
    private final Clock clock;

    public JooqEnquiryImportStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Centre> centres() {
        return db.read(ctx -> ctx.select(CENTRE.ID, CENTRE.NAME, CENTRE.CITY, CENTRE.ACTIVE).from(CENTRE)
                .orderBy(CENTRE.ID).fetch(r -> new Centre(r.value1(), r.value2(), r.value3(), "", "", "", "", "",
                        r.value4() == null || r.value4() != 0)));
    }

    @Override
    public List<MedicalCondition> conditions() {
        return db.read(ctx -> ctx.select(MEDICAL_CONDITION.ID, MEDICAL_CONDITION.NAME, MEDICAL_CONDITION.OTHER_NAMES,
                        MEDICAL_CONDITION.SORT_ORDER, MEDICAL_CONDITION.ACTIVE).from(MEDICAL_CONDITION)
                .orderBy(MEDICAL_CONDITION.SORT_ORDER, MEDICAL_CONDITION.NAME)
                .fetch(r -> new MedicalCondition(r.value1(), r.value2(), r.value3(), r.value4(), r.value5() != 0)));
    }

    @Override
    public Set<String> enquiryKeys(ZoneId zone) {
        return db.read(ctx -> {
            Set<String> keys = new HashSet<>();
            ctx.select(ENQUIRY.FULL_NAME, ENQUIRY.PHONE, ENQUIRY.PHONE_ALT, ENQUIRY.CREATED_AT).from(ENQUIRY)
                    .where(ENQUIRY.ERASED_AT.isNull())
                    .fetch().forEach(r -> keys.add(ImportKeys.of(r.value1(), r.value2() != null ? r.value2() : r.value3(),
                            Timestamps.parse(r.value4()), zone)));
            return keys;
        });
    }

    @Override
    public Set<String> knownPhones() {
        return db.read(ctx -> {
            Set<String> phones = new HashSet<>(ctx.selectDistinct(ENQUIRY.PHONE).from(ENQUIRY)
                    .where(ENQUIRY.PHONE.isNotNull()).fetch(ENQUIRY.PHONE));
            phones.addAll(ctx.selectDistinct(ENQUIRY.PHONE_ALT).from(ENQUIRY)
                    .where(ENQUIRY.PHONE_ALT.isNotNull()).fetch(ENQUIRY.PHONE_ALT));
            return phones;
        });
    }

    @Override
    public List<Long> insert(List<ImportedEnquiry> rows, Long staffId, Progress progress) {
        String now = Timestamps.now(clock);
        return db.write(ctx -> {
            Long max = ctx.select(org.jooq.impl.DSL.max(ENQUIRY.ID)).from(ENQUIRY).fetchOne(0, Long.class);
            long next = max == null ? 1 : max + 1;
            List<Long> ids = new ArrayList<>(rows.size());
            for (int start = 0; start < rows.size(); start += BATCH) {
                progress.checkCancelled();
                progress.update(start, rows.size(), "Writing enquiries");
                List<ImportedEnquiry> chunk = rows.subList(start, Math.min(rows.size(), start + BATCH));
                next = insertChunk(ctx, chunk, next, staffId, now, ids);
            }
            progress.update(rows.size(), rows.size(), "Written");
            return ids;
        });
    }

    private static long insertChunk(DSLContext ctx, List<ImportedEnquiry> chunk, long firstId, Long staffId, String now,
                                    List<Long> ids) {
        BatchBindStep enquiry = ctx.batch(ctx.insertInto(ENQUIRY, ENQUIRY.ID, ENQUIRY.PERSON_ID, ENQUIRY.FULL_NAME,
                ENQUIRY.PHONE, ENQUIRY.PHONE_ALT, ENQUIRY.EMAIL, ENQUIRY.CITY, ENQUIRY.AGE, ENQUIRY.CHANNEL,
                ENQUIRY.REFERRER, ENQUIRY.CENTRE_ID, ENQUIRY.NOTES, ENQUIRY.STATUS, ENQUIRY.CLOSE_REASON,
                ENQUIRY.NEXT_FOLLOW_UP, ENQUIRY.CONSENT_GIVEN_AT, ENQUIRY.CONSENT_METHOD, ENQUIRY.CREATED_AT,
                ENQUIRY.CREATED_BY, ENQUIRY.UPDATED_AT, ENQUIRY.UPDATED_BY, ENQUIRY.VERSION)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null));
        BatchBindStep event = ctx.batch(ctx.insertInto(ENQUIRY_EVENT, ENQUIRY_EVENT.ENQUIRY_ID, ENQUIRY_EVENT.KIND,
                ENQUIRY_EVENT.DETAIL, ENQUIRY_EVENT.AT, ENQUIRY_EVENT.STAFF_ID).values((Long) null, null, null, null, null));
        long id = firstId;
        for (ImportedEnquiry e : chunk) {
            String createdAt = Timestamps.format(e.enquiryAt());
            enquiry.bind(id, id, e.fullName(), e.phone(), e.phoneAlt(), e.email(), e.city(), e.age(), e.channel(),
                    e.referrer(), e.centreId(), e.notes(), e.status(), e.status().equals("CLOSED") ? "OTHER" : null,
                    e.nextFollowUp() == null ? null : e.nextFollowUp().toString(),
                    Timestamps.format(e.consentAt()), e.consentMethod(), createdAt, staffId, now, staffId, 1);
            event.bind(id, "CREATED", "IMPORT", now, staffId);
            ids.add(id);
            id++;
        }
        enquiry.execute();
        event.execute();
        BatchBindStep conditions = ctx.batch(ctx.insertInto(ENQUIRY_CONDITION, ENQUIRY_CONDITION.ENQUIRY_ID,
                ENQUIRY_CONDITION.CONDITION_ID).values((Long) null, null));
        boolean any = false;
        long rowId = firstId;
        for (ImportedEnquiry e : chunk) {
            for (Long condition : e.conditionIds()) {
                conditions.bind(rowId, condition);
                any = true;
            }
            rowId++;
        }
        if (any) {
            conditions.execute();
        }
        return id;
    }

    @Override
    public void addCondition(String name) {
        String now = Timestamps.now(clock);
        db.writeVoid(ctx -> ctx.insertInto(MEDICAL_CONDITION).set(MEDICAL_CONDITION.NAME, name)
                .set(MEDICAL_CONDITION.SORT_ORDER, ctx.select(org.jooq.impl.DSL.coalesce(
                        org.jooq.impl.DSL.max(MEDICAL_CONDITION.SORT_ORDER), 0).plus(1)).from(MEDICAL_CONDITION)
                        .fetchOne(0, Integer.class))
                .set(MEDICAL_CONDITION.CREATED_AT, now).set(MEDICAL_CONDITION.UPDATED_AT, now)
                .execute());
    }

    @Override
    public Optional<ColumnMapping> mapping(String name) {
        return db.read(ctx -> ctx.select(IMPORT_MAPPING.DEFINITION).from(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.NAME.eq(name)).fetchOptional(IMPORT_MAPPING.DEFINITION)
                .map(text -> ColumnMapping.fromText(name, text)));
    }

    @Override
    public List<String> mappingNames() {
        return db.read(ctx -> ctx.select(IMPORT_MAPPING.NAME).from(IMPORT_MAPPING).orderBy(IMPORT_MAPPING.NAME)
                .fetch(IMPORT_MAPPING.NAME));
    }

    @Override
    public void saveMapping(ColumnMapping mapping) {
        String now = Timestamps.now(clock);
        db.writeVoid(ctx -> ctx.insertInto(IMPORT_MAPPING)
                .set(IMPORT_MAPPING.NAME, mapping.name())
                .set(IMPORT_MAPPING.DEFINITION, mapping.toText())
                .set(IMPORT_MAPPING.CREATED_AT, now)
                .set(IMPORT_MAPPING.UPDATED_AT, now)
                .onConflict(IMPORT_MAPPING.NAME).doUpdate()
                .set(IMPORT_MAPPING.DEFINITION, mapping.toText())
                .set(IMPORT_MAPPING.UPDATED_AT, now)
                .execute());
    }
}

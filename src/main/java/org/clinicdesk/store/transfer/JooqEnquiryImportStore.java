package org.clinicdesk.store.transfer;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;
import static org.clinicdesk.store.jooq.Tables.IMPORT_MAPPING;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.transfer.ColumnMapping;
import org.clinicdesk.domain.transfer.EnquiryImportStore;
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
    public Map<String, Long> centreIdsByName() {
        return db.read(ctx -> {
            Map<String, Long> byName = new HashMap<>();
            ctx.select(CENTRE.NAME, CENTRE.ID).from(CENTRE).fetch()
                    .forEach(r -> byName.put(r.value1().toLowerCase(Locale.ROOT), r.value2()));
            return byName;
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
        return id;
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

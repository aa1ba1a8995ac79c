package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.CONSULTATION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicdesk.domain.privacy.Consent;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.privacy.PrivacyRepository;
import org.clinicdesk.domain.privacy.RetentionCandidate;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Erasure in SQLite. Erasure runs with PRAGMA secure_delete on, so freed bytes are zeroed. */
public final class JooqPrivacyRepository implements PrivacyRepository {
    private static final Logger LOG = LoggerFactory.getLogger(JooqPrivacyRepository.class);
    /** Columns of enquiry that hold no personal data and that reports need; every other column is cleared. */
    private static final Set<String> KEPT = Set.of("id", "person_id", "full_name", "channel", "centre_id", "status",
            "close_reason", "consent_given_at", "consent_method", "consent_withdrawn_at", "erased_at", "created_at",
            "created_by", "updated_at", "updated_by", "version", "closed_at");
    private static final String FTS_TABLE = "enquiry_fts";

    private final Database db;

    public JooqPrivacyRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Consent> findConsent(long enquiryId) {
        return db.read(ctx -> ctx.select(ENQUIRY.CONSENT_GIVEN_AT, ENQUIRY.CONSENT_METHOD, ENQUIRY.CONSENT_WITHDRAWN_AT,
                        ENQUIRY.ERASED_AT).from(ENQUIRY).where(ENQUIRY.ID.eq(enquiryId))
                .fetchOptional(r -> new Consent(Timestamps.parse(r.value1()),
                        r.value2() == null ? null : ConsentMethod.valueOf(r.value2()), Timestamps.parse(r.value3()),
                        Timestamps.parse(r.value4()))));
    }

    @Override
    public List<Long> samePerson(long enquiryId) {
        return db.read(ctx -> {
            Long person = ctx.select(DSL.coalesce(ENQUIRY.PERSON_ID, ENQUIRY.ID)).from(ENQUIRY)
                    .where(ENQUIRY.ID.eq(enquiryId)).fetchOptional(0, Long.class).orElse(enquiryId);
            return ctx.select(ENQUIRY.ID).from(ENQUIRY)
                    .where(ENQUIRY.ID.eq(enquiryId).or(ENQUIRY.ID.eq(person)).or(ENQUIRY.PERSON_ID.eq(person)))
                    .and(ENQUIRY.ERASED_AT.isNull())
                    .orderBy(ENQUIRY.ID).fetch(ENQUIRY.ID);
        });
    }

    @Override
    public void erase(List<Long> ids, Instant at, Long staffId) {
        String now = Timestamps.format(at);
        db.writeVoid(ctx -> {
            var update = ctx.update(ENQUIRY)
                    .set(ENQUIRY.FULL_NAME, DSL.inline("Erased enquiry #").concat(ENQUIRY.ID.cast(String.class)))
                    .set(ENQUIRY.NOTES, "")
                    .set(ENQUIRY.ERASED_AT, now)
                    .set(ENQUIRY.UPDATED_AT, now)
                    .set(ENQUIRY.UPDATED_BY, staffId)
                    .set(ENQUIRY.VERSION, ENQUIRY.VERSION.plus(1));
            for (java.util.Map.Entry<String, Object> cleared : clearedColumns(ctx).entrySet()) {
                update = update.set(DSL.field(DSL.name(cleared.getKey())), cleared.getValue());
            }
            update.where(ENQUIRY.ID.in(ids)).execute();
            ctx.update(ENQUIRY_EVENT).set(ENQUIRY_EVENT.DETAIL, "").where(ENQUIRY_EVENT.ENQUIRY_ID.in(ids)).execute();
            ctx.update(CONSULTATION).set(CONSULTATION.NOTES, "").setNull(CONSULTATION.CANCEL_REASON)
                    .where(CONSULTATION.ENQUIRY_ID.in(ids)).execute();
            optimiseFullTextIndex(ctx);
        });
    }

    /** Every column of the live enquiry table not kept (later migrations' included), with its cleared value. */
    private static java.util.Map<String, Object> clearedColumns(DSLContext ctx) {
        java.util.Map<String, Object> cleared = new java.util.LinkedHashMap<>();
        for (Record info : ctx.fetch("PRAGMA table_info(enquiry)")) {
            String name = info.get("name", String.class);
            if (KEPT.contains(name) || "notes".equals(name)) {
                continue;
            }
            boolean notNull = info.get("notnull", Integer.class) == 1;
            String type = String.valueOf(info.get("type", String.class)).toUpperCase(java.util.Locale.ROOT);
            if (!notNull) {
                cleared.put(name, null);
            } else if (type.contains("TEXT") || type.contains("CHAR")) {
                cleared.put(name, "");
            } else {
                LOG.warn("Enquiry column {} ({}) is NOT NULL and not text; erasure leaves it", name, type);
            }
        }
        return cleared;
    }

    /** The full-text index (when the enquiries feature has one) keeps no trace once merged with secure-delete. */
    private static void optimiseFullTextIndex(DSLContext ctx) {
        boolean hasIndex = ctx.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("sqlite_master")))
                .where(DSL.field(DSL.name("name")).eq(FTS_TABLE)));
        if (hasIndex) {
            ctx.execute("INSERT INTO " + FTS_TABLE + "(" + FTS_TABLE + ") VALUES('optimize')");
        }
    }

    @Override
    public List<org.clinicdesk.domain.privacy.ErasureLedger.Entry> erasures() {
        return db.read(ctx -> ctx.select(ENQUIRY.ID, ENQUIRY.ERASED_AT).from(ENQUIRY).where(ENQUIRY.ERASED_AT.isNotNull())
                .orderBy(ENQUIRY.ERASED_AT, ENQUIRY.ID)
                .fetch(r -> new org.clinicdesk.domain.privacy.ErasureLedger.Entry(r.value1(),
                        Timestamps.parse(r.value2()))));
    }

    @Override
    public List<Long> notErased(java.util.Collection<Long> enquiryIds) {
        List<Long> found = new java.util.ArrayList<>();
        List<Long> all = List.copyOf(enquiryIds);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            found.addAll(db.read(ctx -> ctx.select(ENQUIRY.ID).from(ENQUIRY)
                    .where(ENQUIRY.ID.in(chunk)).and(ENQUIRY.ERASED_AT.isNull()).orderBy(ENQUIRY.ID).fetch(ENQUIRY.ID)));
        }
        return found;
    }

    @Override
    public boolean scrubFiles() {
        return db.checkpointTruncated();
    }

    @Override
    public List<RetentionCandidate> inactiveSince(Instant cutoff) {
        Field<String> lastEvent = DSL.select(DSL.max(ENQUIRY_EVENT.AT)).from(ENQUIRY_EVENT)
                .where(ENQUIRY_EVENT.ENQUIRY_ID.eq(ENQUIRY.ID)).asField();
        Field<String> lastConsultation = DSL.select(DSL.max(CONSULTATION.STARTS_AT)).from(CONSULTATION)
                .where(CONSULTATION.ENQUIRY_ID.eq(ENQUIRY.ID)).asField();
        Field<String> last = DSL.greatest(ENQUIRY.UPDATED_AT, DSL.coalesce(lastEvent, ENQUIRY.CREATED_AT),
                DSL.coalesce(lastConsultation, ENQUIRY.CREATED_AT));
        String limit = Timestamps.format(cutoff);
        return db.read(ctx -> ctx.select(ENQUIRY.ID, ENQUIRY.CREATED_AT, last.as("last_activity"), ENQUIRY.STATUS).from(ENQUIRY)
                .where(ENQUIRY.ERASED_AT.isNull())
                .and(last.lt(limit))
                .orderBy(last, ENQUIRY.ID)
                .fetch(r -> new RetentionCandidate(r.value1(), Timestamps.parse(r.value2()), Timestamps.parse(r.value3()),
                        r.value4())));
    }
}

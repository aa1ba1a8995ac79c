package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_CONDITION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;
import static org.clinicdesk.store.jooq.Tables.MEDICAL_CONDITION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.CloseReason;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.enquiry.ContactKind;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryQuery;
import org.clinicdesk.domain.enquiry.EnquiryRepository;
import org.clinicdesk.domain.enquiry.EnquiryStatus;
import org.clinicdesk.domain.enquiry.EnquirySummary;
import org.clinicdesk.domain.enquiry.KnownPeople;
import org.clinicdesk.domain.enquiry.MatchCheck;
import org.clinicdesk.domain.enquiry.TimelineEntry;
import org.clinicdesk.store.jooq.tables.records.EnquiryRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** Enquiries in SQLite; searching goes through the {@code enquiry_fts} trigram index (migration V3). */
public final class JooqEnquiryRepository implements EnquiryRepository {
    private static final Field<String> LAST_CONTACT = DSL.field(DSL.select(DSL.max(ENQUIRY_EVENT.AT)).from(ENQUIRY_EVENT)
            .where(ENQUIRY_EVENT.ENQUIRY_ID.eq(ENQUIRY.ID))).as("last_contact");
    private static final SelectField<?>[] SUMMARY = {ENQUIRY.ID, ENQUIRY.PERSON_ID, ENQUIRY.FULL_NAME, ENQUIRY.PHONE,
        ENQUIRY.PHONE_ALT, ENQUIRY.EMAIL, ENQUIRY.CITY, ENQUIRY.CHANNEL, ENQUIRY.STATUS, ENQUIRY.CENTRE_ID, CENTRE.NAME,
        ENQUIRY.NEXT_FOLLOW_UP, ENQUIRY.CREATED_AT, LAST_CONTACT, ENQUIRY.VERSION};

    private final Database db;
    private final JooqEnquiryTimeline timeline;
    private final JooqMatchChecks checks;
    private final JooqEnquiryBatch batch;

    public JooqEnquiryRepository(Database db) {
        this.db = db;
        this.timeline = new JooqEnquiryTimeline(db);
        this.checks = new JooqMatchChecks(db);
        this.batch = new JooqEnquiryBatch(db);
    }

    @Override
    public void flagForCheck(long enquiryId, List<Long> matchedIds, Instant at, Long staffId) {
        checks.flag(enquiryId, matchedIds, at, staffId);
    }

    @Override
    public Optional<MatchCheck> openCheck(long enquiryId) {
        return checks.open(enquiryId);
    }

    @Override
    public void resolveCheck(long enquiryId, Instant at, Long staffId) {
        checks.resolve(enquiryId, at, staffId);
    }

    @Override
    public List<EnquirySummary> toCheck(int offset, int limit) {
        return db.read(ctx -> summaries(ctx, JooqMatchChecks.openIds(ctx, offset, limit)));
    }

    @Override
    public Optional<Enquiry> find(long id) {
        return db.read(ctx -> ctx.selectFrom(ENQUIRY).where(ENQUIRY.ID.eq(id)).fetchOptional()
                .map(r -> toEnquiry(r, ctx.select(ENQUIRY_CONDITION.CONDITION_ID).from(ENQUIRY_CONDITION)
                        .where(ENQUIRY_CONDITION.ENQUIRY_ID.eq(id)).orderBy(ENQUIRY_CONDITION.CONDITION_ID)
                        .fetch(ENQUIRY_CONDITION.CONDITION_ID))));
    }

    @Override
    public Enquiry insert(Enquiry e) {
        return db.write(ctx -> {
            EnquiryRecord r = ctx.newRecord(ENQUIRY);
            fill(r, e);
            r.setCreatedAt(Timestamps.format(e.createdAt()));
            r.setCreatedBy(e.createdBy());
            r.setVersion(1);
            long id = ctx.insertInto(ENQUIRY).set(r).returning(ENQUIRY.ID).fetchSingle().getId();
            if (e.personId() == null) {
                ctx.update(ENQUIRY).set(ENQUIRY.PERSON_ID, id).where(ENQUIRY.ID.eq(id)).execute();
            }
            saveConditions(ctx, id, e.conditionIds());
            return find(id).orElseThrow();
        });
    }

    @Override
    public List<Long> insertAll(List<Enquiry> enquiries) {
        return batch.insertAll(enquiries);
    }

    @Override
    public List<Enquiry> findAll(Collection<Long> ids) {
        return db.read(ctx -> {
            Map<Long, List<Long>> conditions = new java.util.HashMap<>();
            ctx.select(ENQUIRY_CONDITION.ENQUIRY_ID, ENQUIRY_CONDITION.CONDITION_ID).from(ENQUIRY_CONDITION)
                    .where(ENQUIRY_CONDITION.ENQUIRY_ID.in(ids)).orderBy(ENQUIRY_CONDITION.CONDITION_ID)
                    .forEach(r -> conditions.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>()).add(r.value2()));
            return ctx.selectFrom(ENQUIRY).where(ENQUIRY.ID.in(ids))
                    .fetch(r -> toEnquiry(r, conditions.getOrDefault(r.getId(), List.of())));
        });
    }

    @Override
    public Map<Long, String> conditionNames() {
        return db.read(ctx -> ctx.select(MEDICAL_CONDITION.ID, MEDICAL_CONDITION.NAME).from(MEDICAL_CONDITION)
                .fetchMap(MEDICAL_CONDITION.ID, MEDICAL_CONDITION.NAME));
    }

    @Override
    public void linkPeople(Map<Long, Long> personOf) {
        batch.linkPeople(personOf);
    }

    @Override
    public List<KnownPeople.Person> people() {
        return batch.people();
    }

    @Override
    public void addEvents(List<NewEvent> events, Instant at, Long staffId) {
        batch.addEvents(events, at, staffId);
    }

    @Override
    public void flagAllForCheck(Map<Long, List<Long>> matched, Instant at, Long staffId) {
        checks.flagAll(matched, at, staffId);
    }

    @Override
    public Optional<Enquiry> update(Enquiry e, int expectedVersion) {
        return db.write(ctx -> {
            EnquiryRecord r = ctx.newRecord(ENQUIRY);
            fill(r, e);
            r.changed(ENQUIRY.ID, false);
            int rows = ctx.update(ENQUIRY).set(r).set(ENQUIRY.VERSION, ENQUIRY.VERSION.plus(1))
                    .where(ENQUIRY.ID.eq(e.id()).and(ENQUIRY.VERSION.eq(expectedVersion))).execute();
            if (rows == 0) {
                return Optional.<Enquiry>empty();
            }
            saveConditions(ctx, e.id(), e.conditionIds());
            return find(e.id());
        });
    }

    static void fill(EnquiryRecord r, Enquiry e) {
        r.setPersonId(e.personId());
        r.setFullName(e.fullName());
        r.setPhone(e.phone());
        r.setPhoneAlt(e.phoneAlt());
        r.setEmail(e.email());
        r.setCity(e.city());
        r.setAge(e.age());
        r.setBirthYear(e.birthYear());
        r.setChannel(e.channel().name());
        r.setReferrer(e.referrer());
        r.setCentreId(e.centreId());
        r.setNotes(e.notes());
        r.setStatus(e.status().name());
        r.setCloseReason(e.closeReason() == null ? null : e.closeReason().name());
        r.setNextFollowUp(e.nextFollowUp() == null ? null : e.nextFollowUp().toString());
        r.setConsentMethod(e.consentMethod() == null ? null : e.consentMethod().name());
        r.setConsentGivenAt(Timestamps.format(e.consentGivenAt()));
        r.setConsentWithdrawnAt(Timestamps.format(e.consentWithdrawnAt()));
        r.setErasedAt(Timestamps.format(e.erasedAt()));
        r.setUpdatedAt(Timestamps.format(e.updatedAt()));
        r.setUpdatedBy(e.updatedBy());
        r.setLanguage(e.language() == null ? null : e.language().code());
    }

    private static void saveConditions(DSLContext ctx, long enquiryId, List<Long> conditionIds) {
        ctx.deleteFrom(ENQUIRY_CONDITION).where(ENQUIRY_CONDITION.ENQUIRY_ID.eq(enquiryId)).execute();
        for (Long conditionId : conditionIds) {
            ctx.insertInto(ENQUIRY_CONDITION).set(ENQUIRY_CONDITION.ENQUIRY_ID, enquiryId)
                    .set(ENQUIRY_CONDITION.CONDITION_ID, conditionId).onConflictDoNothing().execute();
        }
    }

    @Override
    public void addEvent(long enquiryId, String kind, String detail, Instant at, Long staffId) {
        db.writeVoid(ctx -> ctx.insertInto(ENQUIRY_EVENT).set(ENQUIRY_EVENT.ENQUIRY_ID, enquiryId)
                .set(ENQUIRY_EVENT.KIND, kind).set(ENQUIRY_EVENT.DETAIL, detail == null ? "" : detail)
                .set(ENQUIRY_EVENT.AT, Timestamps.format(at)).set(ENQUIRY_EVENT.STAFF_ID, staffId).execute());
    }

    @Override
    public void addContact(long enquiryId, ContactKind kind, String note, Instant at, Long staffId, LocalDate followUpDue,
                           boolean late) {
        db.writeVoid(ctx -> ctx.insertInto(ENQUIRY_EVENT).set(ENQUIRY_EVENT.ENQUIRY_ID, enquiryId)
                .set(ENQUIRY_EVENT.KIND, "CONTACT_" + kind.name()).set(ENQUIRY_EVENT.DETAIL, note == null ? "" : note)
                .set(ENQUIRY_EVENT.AT, Timestamps.format(at)).set(ENQUIRY_EVENT.STAFF_ID, staffId)
                .set(ENQUIRY_EVENT.FOLLOW_UP_DUE, followUpDue == null ? null : followUpDue.toString())
                .set(ENQUIRY_EVENT.FOLLOW_UP_LATE, followUpDue == null ? null : late ? 1 : 0).execute());
    }

    @Override
    public List<EnquirySummary> search(EnquiryQuery query, int offset, int limit) {
        EnquirySearchTerms text = EnquirySearchTerms.parse(query.text());
        if (text.ftsQuery() != null) {
            Condition filters = filters(query);
            boolean filtered = !query.withText("").equals(EnquiryQuery.ALL);
            return db.read(ctx -> summaries(ctx, EnquirySearchPager.page(ctx, text, filters, filtered, offset, limit)));
        }
        Condition where = filters(query).and(textCondition(text));
        SortField<?>[] order = text.isEmpty() && query.followUpDueBy() != null
                ? new SortField<?>[] {ENQUIRY.NEXT_FOLLOW_UP.asc(), ENQUIRY.CREATED_AT.asc(), ENQUIRY.ID.asc()}
                : text.isEmpty()
                ? new SortField<?>[] {ENQUIRY.CREATED_AT.desc(), ENQUIRY.ID.desc()}
                : new SortField<?>[] {rank(text).asc(), ENQUIRY.CREATED_AT.desc(), ENQUIRY.ID.desc()};
        return db.read(ctx -> summaries(ctx, ctx.select(ENQUIRY.ID).from(ENQUIRY).where(where).orderBy(order)
                .limit(limit).offset(offset).fetch(ENQUIRY.ID)));
    }

    @Override
    public int count(EnquiryQuery query) {
        EnquirySearchTerms text = EnquirySearchTerms.parse(query.text());
        if (text.ftsQuery() != null) {
            Condition filters = filters(query);
            boolean filtered = !query.withText("").equals(EnquiryQuery.ALL);
            return db.read(ctx -> EnquirySearchPager.total(ctx, text, filters, filtered));
        }
        Condition where = filters(query).and(textCondition(text));
        return db.read(ctx -> ctx.fetchCount(ENQUIRY, where));
    }

    /** Rows for a page of ids, in the ids' order; the page is chosen first so per-row columns are read only for it. */
    private static List<EnquirySummary> summaries(DSLContext ctx, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, EnquirySummary> byId = new java.util.HashMap<>();
        ctx.select(SUMMARY).from(ENQUIRY).join(CENTRE).on(CENTRE.ID.eq(ENQUIRY.CENTRE_ID)).where(ENQUIRY.ID.in(ids))
                .forEach(r -> byId.put(r.get(ENQUIRY.ID), toSummary(r)));
        return ids.stream().map(byId::get).toList();
    }

    private static Condition filters(EnquiryQuery q) {
        Condition c = ENQUIRY.ERASED_AT.isNull();
        if (q.status() != null) {
            c = c.and(ENQUIRY.STATUS.eq(q.status().name()));
        }
        if (q.channel() != null) {
            c = c.and(ENQUIRY.CHANNEL.eq(q.channel().name()));
        }
        if (q.centreId() != null) {
            c = c.and(ENQUIRY.CENTRE_ID.eq(q.centreId()));
        }
        if (q.conditionId() != null) {
            // EXISTS lets the newest-first scan stop at the page's end instead of sorting every enquiry of the condition
            c = c.and(DSL.exists(DSL.selectOne().from(ENQUIRY_CONDITION).where(ENQUIRY_CONDITION.ENQUIRY_ID.eq(ENQUIRY.ID)
                    .and(ENQUIRY_CONDITION.CONDITION_ID.eq(q.conditionId())))));
        }
        if (q.followUpDueBy() != null) {
            c = c.and(ENQUIRY.NEXT_FOLLOW_UP.le(q.followUpDueBy().toString()))
                    .and(ENQUIRY.STATUS.ne(EnquiryStatus.CLOSED.name()));
        }
        if (q.createdFrom() != null) {
            c = c.and(ENQUIRY.CREATED_AT.ge(Timestamps.format(q.createdFrom())));
        }
        if (q.createdBefore() != null) {
            c = c.and(ENQUIRY.CREATED_AT.lt(Timestamps.format(q.createdBefore())));
        }
        return c;
    }

    /** Words shorter than three characters (no FTS query): the name starts with them, or a word of it does. */
    private static Condition textCondition(EnquirySearchTerms text) {
        Condition c = DSL.noCondition();
        for (String word : text.shortWords()) {
            String escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            c = c.and(ENQUIRY.FULL_NAME.likeIgnoreCase(escaped + "%", '\\')
                    .or(ENQUIRY.FULL_NAME.likeIgnoreCase("% " + escaped + "%", '\\')));
        }
        return c;
    }

    /** 0 exact, 1 start of the name, 2 start of a later word, 3 elsewhere. */
    private static Field<Integer> rank(EnquirySearchTerms text) {
        return DSL.field("CASE WHEN lower(enquiry.full_name) = {0} THEN 0 WHEN instr(lower(enquiry.full_name), {0}) = 1 THEN 1 "
                + "WHEN instr(lower(' ' || enquiry.full_name), ' ' || {0}) > 0 THEN 2 ELSE 3 END",
                Integer.class, DSL.val(text.lowered()));
    }

    @Override
    public List<EnquirySummary> followUpsDue(LocalDate day, Long centreId, int offset, int limit) {
        Condition c = ENQUIRY.ERASED_AT.isNull().and(ENQUIRY.STATUS.ne(EnquiryStatus.CLOSED.name()))
                .and(ENQUIRY.NEXT_FOLLOW_UP.le(day.toString()));
        if (centreId != null) {
            c = c.and(ENQUIRY.CENTRE_ID.eq(centreId));
        }
        Condition where = c;
        return db.read(ctx -> summaries(ctx, ctx.select(ENQUIRY.ID).from(ENQUIRY).where(where)
                .orderBy(ENQUIRY.NEXT_FOLLOW_UP.asc(), ENQUIRY.CREATED_AT.asc(), ENQUIRY.ID.asc())
                .limit(limit).offset(offset).fetch(ENQUIRY.ID)));
    }

    @Override
    public List<EnquirySummary> findByPhones(Collection<String> phones, int limit) {
        return db.read(ctx -> ctx.select(SUMMARY).from(ENQUIRY).join(CENTRE).on(CENTRE.ID.eq(ENQUIRY.CENTRE_ID))
                .where(ENQUIRY.ERASED_AT.isNull().and(ENQUIRY.PHONE.in(phones).or(ENQUIRY.PHONE_ALT.in(phones))))
                .orderBy(ENQUIRY.CREATED_AT.desc(), ENQUIRY.ID.desc()).limit(limit)
                .fetch(JooqEnquiryRepository::toSummary));
    }

    @Override
    public List<EnquirySummary> findByNameWords(Collection<String> words, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        String match = "full_name : (" + String.join(" OR ", words.stream()
                .map(w -> "\"" + w.replace("\"", "\"\"") + "\"").toList()) + ")";
        return db.read(ctx -> ctx.select(SUMMARY).from(ENQUIRY).join(CENTRE).on(CENTRE.ID.eq(ENQUIRY.CENTRE_ID))
                .where(ENQUIRY.ERASED_AT.isNull().and(ENQUIRY.ID.in(DSL.select(DSL.field("rowid", Long.class))
                        .from(DSL.table("enquiry_fts")).where(DSL.condition("enquiry_fts MATCH {0}", DSL.val(match))))))
                .orderBy(ENQUIRY.CREATED_AT.desc(), ENQUIRY.ID.desc()).limit(limit)
                .fetch(JooqEnquiryRepository::toSummary));
    }

    @Override
    public List<TimelineEntry> timeline(long enquiryId) {
        return timeline.of(enquiryId);
    }

    private static EnquirySummary toSummary(Record r) {
        return new EnquirySummary(r.get(ENQUIRY.ID), r.get(ENQUIRY.PERSON_ID), r.get(ENQUIRY.FULL_NAME),
                r.get(ENQUIRY.PHONE), r.get(ENQUIRY.PHONE_ALT), r.get(ENQUIRY.EMAIL), r.get(ENQUIRY.CITY),
                Channel.valueOf(r.get(ENQUIRY.CHANNEL)), EnquiryStatus.valueOf(r.get(ENQUIRY.STATUS)),
                r.get(ENQUIRY.CENTRE_ID), r.get(CENTRE.NAME), date(r.get(ENQUIRY.NEXT_FOLLOW_UP)),
                Timestamps.parse(r.get(ENQUIRY.CREATED_AT)), Timestamps.parse(r.get(LAST_CONTACT)),
                r.get(ENQUIRY.VERSION));
    }

    private static Enquiry toEnquiry(EnquiryRecord r, List<Long> conditions) {
        return Enquiry.builder().id(r.getId()).personId(r.getPersonId()).fullName(r.getFullName()).phone(r.getPhone())
                .phoneAlt(r.getPhoneAlt()).email(r.getEmail()).city(r.getCity()).age(r.getAge())
                .birthYear(r.getBirthYear()).channel(Channel.valueOf(r.getChannel())).referrer(r.getReferrer())
                .centreId(r.getCentreId()).conditionIds(conditions).notes(r.getNotes())
                .status(EnquiryStatus.valueOf(r.getStatus()))
                .closeReason(r.getCloseReason() == null ? null : CloseReason.valueOf(r.getCloseReason()))
                .nextFollowUp(date(r.getNextFollowUp()))
                .consentMethod(r.getConsentMethod() == null ? null : ConsentMethod.valueOf(r.getConsentMethod()))
                .consentGivenAt(Timestamps.parse(r.getConsentGivenAt()))
                .consentWithdrawnAt(Timestamps.parse(r.getConsentWithdrawnAt()))
                .erasedAt(Timestamps.parse(r.getErasedAt()))
                .createdAt(Timestamps.parse(r.getCreatedAt())).createdBy(r.getCreatedBy())
                .updatedAt(Timestamps.parse(r.getUpdatedAt())).updatedBy(r.getUpdatedBy())
                .version(r.getVersion())
                .language(r.getLanguage() == null ? null : Language.ofCode(r.getLanguage())).build();
    }

    private static LocalDate date(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }
}

package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.HANDOUT;
import static org.clinicdesk.store.jooq.Tables.MEDICAL_CONDITION;
import static org.clinicdesk.store.jooq.Tables.SHEET;
import static org.clinicdesk.store.jooq.Tables.SHEET_CONDITION;
import static org.clinicdesk.store.jooq.Tables.SHEET_VERSION;
import static org.clinicdesk.store.jooq.Tables.STAFF;
import static org.clinicdesk.store.jooq.Tables.STAFF_LANGUAGE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.sheet.EvidenceStatus;
import org.clinicdesk.domain.sheet.Handout;
import org.clinicdesk.domain.sheet.HandoutMethod;
import org.clinicdesk.domain.sheet.HandoutTally;
import org.clinicdesk.domain.sheet.SheetContent;
import org.clinicdesk.domain.sheet.SheetKind;
import org.clinicdesk.domain.sheet.SheetRepository;
import org.clinicdesk.domain.sheet.SheetStatus;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.store.jooq.tables.records.HandoutRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Sheets, their versions (sources one per line) and the handout log in SQLite. */
public final class JooqSheetRepository implements SheetRepository {
    /** The English version a translation was made from. */
    private static final org.clinicdesk.store.jooq.tables.SheetVersion ENGLISH = SHEET_VERSION.as("english");
    private static final org.jooq.Field<Integer> ENGLISH_VERSION = ENGLISH.VERSION.as("english_version");
    private final Database db;
    private final Clock clock;

    public JooqSheetRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Long> findSheetId(String slug) {
        return db.read(ctx -> ctx.select(SHEET.ID).from(SHEET).where(SHEET.SLUG.eq(slug)).fetchOptional(SHEET.ID));
    }

    @Override
    public long insertSheet(SheetContent c) {
        return db.write(ctx -> {
            long id = ctx.insertInto(SHEET).set(SHEET.SLUG, c.slug()).set(SHEET.KIND, c.kind().name())
                    .set(SHEET.CREATED_AT, Timestamps.now(clock)).returning(SHEET.ID).fetchSingle().getId();
            writeConditions(ctx, id, c.conditionIds());
            return id;
        });
    }

    @Override
    public void updateSheet(long sheetId, SheetContent c) {
        db.writeVoid(ctx -> {
            ctx.update(SHEET).set(SHEET.KIND, c.kind().name()).where(SHEET.ID.eq(sheetId)).execute();
            ctx.deleteFrom(SHEET_CONDITION).where(SHEET_CONDITION.SHEET_ID.eq(sheetId)).execute();
            writeConditions(ctx, sheetId, c.conditionIds());
        });
    }

    private static void writeConditions(DSLContext ctx, long sheetId, List<Long> conditionIds) {
        for (Long conditionId : conditionIds.stream().distinct().toList()) {
            ctx.insertInto(SHEET_CONDITION).set(SHEET_CONDITION.SHEET_ID, sheetId)
                    .set(SHEET_CONDITION.CONDITION_ID, conditionId).execute();
        }
    }

    @Override
    public SheetVersion insertVersion(long sheetId, int version, SheetContent c, Long createdBy) {
        String now = Timestamps.now(clock);
        long id = db.write(ctx -> ctx.insertInto(SHEET_VERSION)
                .set(SHEET_VERSION.SHEET_ID, sheetId)
                .set(SHEET_VERSION.LANGUAGE, c.language())
                .set(SHEET_VERSION.VERSION, version)
                .set(SHEET_VERSION.TITLE, c.title())
                .set(SHEET_VERSION.SUMMARY, c.summary())
                .set(SHEET_VERSION.BODY_MARKDOWN, c.bodyMarkdown())
                .set(SHEET_VERSION.EVIDENCE_STATUS, c.evidence() == null ? null : c.evidence().name())
                .set(SHEET_VERSION.SOURCES, String.join("\n", c.sources()))
                .set(SHEET_VERSION.AUTHOR, c.author())
                .set(SHEET_VERSION.STATUS, SheetStatus.DRAFT.name())
                .set(SHEET_VERSION.CREATED_AT, now)
                .set(SHEET_VERSION.CREATED_BY, createdBy)
                .set(SHEET_VERSION.UPDATED_AT, now)
                .returning(SHEET_VERSION.ID).fetchSingle().getId());
        return findVersion(id).orElseThrow();
    }

    @Override
    public void updateContent(long versionId, SheetContent c) {
        db.writeVoid(ctx -> ctx.update(SHEET_VERSION)
                .set(SHEET_VERSION.TITLE, c.title())
                .set(SHEET_VERSION.SUMMARY, c.summary())
                .set(SHEET_VERSION.BODY_MARKDOWN, c.bodyMarkdown())
                .set(SHEET_VERSION.EVIDENCE_STATUS, c.evidence() == null ? null : c.evidence().name())
                .set(SHEET_VERSION.SOURCES, String.join("\n", c.sources()))
                .set(SHEET_VERSION.AUTHOR, c.author())
                .set(SHEET_VERSION.UPDATED_AT, Timestamps.now(clock))
                // the database itself never lets an approved version's text change
                .where(SHEET_VERSION.ID.eq(versionId).and(SHEET_VERSION.STATUS.eq(SheetStatus.DRAFT.name())))
                .execute());
    }

    @Override
    public void updateReview(long versionId, SheetStatus status, Long reviewerId, LocalDate reviewedOn,
                             LocalDate nextReview, String comment) {
        db.writeVoid(ctx -> ctx.update(SHEET_VERSION)
                .set(SHEET_VERSION.STATUS, status.name())
                .set(SHEET_VERSION.REVIEWER_ID, reviewerId)
                .set(SHEET_VERSION.REVIEWED_AT, reviewedOn == null ? null : reviewedOn.toString())
                .set(SHEET_VERSION.NEXT_REVIEW, nextReview == null ? null : nextReview.toString())
                .set(SHEET_VERSION.REVIEW_COMMENT, comment == null ? "" : comment)
                .set(SHEET_VERSION.UPDATED_AT, Timestamps.now(clock))
                .where(SHEET_VERSION.ID.eq(versionId)).execute());
    }

    @Override
    public void linkTranslation(long versionId, long englishVersionId) {
        db.writeVoid(ctx -> ctx.update(SHEET_VERSION).set(SHEET_VERSION.TRANSLATED_FROM_ID, englishVersionId)
                .setNull(SHEET_VERSION.OUT_OF_DATE_SINCE).set(SHEET_VERSION.UPDATED_AT, Timestamps.now(clock))
                .where(SHEET_VERSION.ID.eq(versionId)).execute());
    }

    @Override
    public void markOutOfDate(long versionId, LocalDate since) {
        db.writeVoid(ctx -> ctx.update(SHEET_VERSION).set(SHEET_VERSION.OUT_OF_DATE_SINCE, since.toString())
                .set(SHEET_VERSION.UPDATED_AT, Timestamps.now(clock)).where(SHEET_VERSION.ID.eq(versionId)).execute());
    }

    @Override
    public Optional<SheetVersion> findVersion(long versionId) {
        return select(SHEET_VERSION.ID.eq(versionId)).stream().findFirst();
    }

    @Override
    public List<SheetVersion> versionsOf(long sheetId, String language) {
        return select(SHEET_VERSION.SHEET_ID.eq(sheetId).and(SHEET_VERSION.LANGUAGE.eq(language)));
    }

    @Override
    public List<SheetVersion> newestVersions() {
        var newer = SHEET_VERSION.as("newer");
        return select(DSL.notExists(DSL.selectOne().from(newer).where(newer.SHEET_ID.eq(SHEET_VERSION.SHEET_ID)
                .and(newer.LANGUAGE.eq(SHEET_VERSION.LANGUAGE)).and(newer.VERSION.gt(SHEET_VERSION.VERSION)))));
    }

    @Override
    public List<SheetVersion> approvedVersions() {
        return select(SHEET_VERSION.STATUS.eq(SheetStatus.APPROVED.name()));
    }

    private List<SheetVersion> select(Condition where) {
        return db.read(ctx -> {
            var rows = ctx.select(SHEET_VERSION.asterisk(), SHEET.SLUG, SHEET.KIND, STAFF.FULL_NAME,
                            ENGLISH_VERSION)
                    .from(SHEET_VERSION).join(SHEET).on(SHEET.ID.eq(SHEET_VERSION.SHEET_ID))
                    .leftJoin(STAFF).on(STAFF.ID.eq(SHEET_VERSION.REVIEWER_ID))
                    .leftJoin(ENGLISH).on(ENGLISH.ID.eq(SHEET_VERSION.TRANSLATED_FROM_ID))
                    .where(where).orderBy(SHEET_VERSION.SHEET_ID, SHEET_VERSION.LANGUAGE, SHEET_VERSION.VERSION.desc())
                    .fetch();
            List<Long> sheetIds = rows.stream().map(r -> r.get(SHEET_VERSION.SHEET_ID)).distinct().toList();
            Map<Long, List<Long>> conditions = ctx.selectFrom(SHEET_CONDITION)
                    .where(SHEET_CONDITION.SHEET_ID.in(sheetIds)).orderBy(SHEET_CONDITION.CONDITION_ID).fetch()
                    .stream().collect(Collectors.groupingBy(r -> r.getSheetId(),
                            Collectors.mapping(r -> r.getConditionId(), Collectors.toList())));
            return rows.stream().map(r -> toVersion(r, conditions.getOrDefault(r.get(SHEET_VERSION.SHEET_ID), List.of())))
                    .toList();
        });
    }

    private static SheetVersion toVersion(Record r, List<Long> conditionIds) {
        String evidence = r.get(SHEET_VERSION.EVIDENCE_STATUS);
        String sources = r.get(SHEET_VERSION.SOURCES);
        SheetContent content = new SheetContent(r.get(SHEET.SLUG), SheetKind.valueOf(r.get(SHEET.KIND)), conditionIds,
                r.get(SHEET_VERSION.LANGUAGE), r.get(SHEET_VERSION.TITLE), r.get(SHEET_VERSION.SUMMARY),
                r.get(SHEET_VERSION.BODY_MARKDOWN), evidence == null ? null : EvidenceStatus.valueOf(evidence),
                sources.isBlank() ? List.of() : Arrays.asList(sources.split("\n")), r.get(SHEET_VERSION.AUTHOR));
        return new SheetVersion(r.get(SHEET_VERSION.ID), r.get(SHEET_VERSION.SHEET_ID), r.get(SHEET_VERSION.VERSION),
                content, SheetStatus.valueOf(r.get(SHEET_VERSION.STATUS)), r.get(SHEET_VERSION.REVIEWER_ID),
                r.get(STAFF.FULL_NAME), date(r.get(SHEET_VERSION.REVIEWED_AT)), date(r.get(SHEET_VERSION.NEXT_REVIEW)),
                r.get(SHEET_VERSION.REVIEW_COMMENT), translationOf(r), date(r.get(SHEET_VERSION.OUT_OF_DATE_SINCE)));
    }

    private static SheetVersion.TranslationOf translationOf(Record r) {
        Long english = r.get(SHEET_VERSION.TRANSLATED_FROM_ID);
        return english == null ? null : new SheetVersion.TranslationOf(english, r.get(ENGLISH_VERSION));
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.substring(0, 10));
    }

    @Override
    public Optional<Long> staffIdByUsername(String username) {
        return db.read(ctx -> ctx.select(STAFF.ID).from(STAFF).where(STAFF.USERNAME.eq(username)).fetchOptional(STAFF.ID));
    }

    @Override
    public Optional<Language> enquiryLanguage(long enquiryId) {
        return db.read(ctx -> ctx.select(ENQUIRY.LANGUAGE).from(ENQUIRY).where(ENQUIRY.ID.eq(enquiryId))
                .fetchOptional(ENQUIRY.LANGUAGE)).map(Language::ofCode);
    }

    @Override
    public Set<Language> languagesReadBy(long staffId) {
        return db.read(ctx -> ctx.select(STAFF_LANGUAGE.LANGUAGE).from(STAFF_LANGUAGE)
                .where(STAFF_LANGUAGE.STAFF_ID.eq(staffId)).fetch(STAFF_LANGUAGE.LANGUAGE).stream()
                .map(Language::ofCode).collect(Collectors.toCollection(() -> EnumSet.noneOf(Language.class))));
    }

    @Override
    public long addCondition(String name) {
        String now = Timestamps.now(clock);
        return db.write(ctx -> ctx.insertInto(MEDICAL_CONDITION).set(MEDICAL_CONDITION.NAME, name)
                .set(MEDICAL_CONDITION.CREATED_AT, now).set(MEDICAL_CONDITION.UPDATED_AT, now)
                .returning(MEDICAL_CONDITION.ID).fetchSingle().getId());
    }

    @Override
    public Handout insertHandout(Handout h) {
        return db.write(ctx -> toHandout(ctx.insertInto(HANDOUT)
                .set(HANDOUT.SHEET_VERSION_ID, h.sheetVersionId())
                .set(HANDOUT.ENQUIRY_ID, h.enquiryId())
                .set(HANDOUT.CENTRE_ID, h.centreId())
                .set(HANDOUT.LANGUAGE, h.language())
                .set(HANDOUT.METHOD, h.method().name())
                .set(HANDOUT.GIVEN_BY, h.givenBy())
                .set(HANDOUT.GIVEN_AT, Timestamps.format(h.givenAt()))
                .returning().fetchSingle()));
    }

    @Override
    public List<Handout> handoutsForEnquiry(long enquiryId) {
        return db.read(ctx -> ctx.selectFrom(HANDOUT).where(HANDOUT.ENQUIRY_ID.eq(enquiryId))
                .orderBy(HANDOUT.GIVEN_AT, HANDOUT.ID).fetch(JooqSheetRepository::toHandout));
    }

    @Override
    public long countHandouts() {
        return db.read(ctx -> (long) ctx.fetchCount(HANDOUT));
    }

    @Override
    public HandoutTally tallyHandouts(Instant from, Instant to) {
        return db.read(ctx -> {
            var walkIn = DSL.count().filterWhere(HANDOUT.ENQUIRY_ID.isNull());
            var r = ctx.select(DSL.count(), walkIn).from(HANDOUT)
                    .where(HANDOUT.GIVEN_AT.ge(Timestamps.format(from)).and(HANDOUT.GIVEN_AT.lt(Timestamps.format(to))))
                    .fetchSingle();
            return new HandoutTally(r.value1(), r.value2());
        });
    }

    private static Handout toHandout(HandoutRecord r) {
        return new Handout(r.getId(), r.getSheetVersionId(), r.getEnquiryId(), r.getCentreId(), r.getLanguage(),
                HandoutMethod.valueOf(r.getMethod()), r.getGivenBy(), Timestamps.parse(r.getGivenAt()));
    }
}

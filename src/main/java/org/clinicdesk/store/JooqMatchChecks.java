package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_MATCH_CHECK;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinicdesk.domain.enquiry.MatchCheck;
import org.jooq.DSLContext;

/** Enquiries flagged for a look at a same-phone match (migration V12_5); ids only. */
final class JooqMatchChecks {
    private final Database db;

    JooqMatchChecks(Database db) {
        this.db = db;
    }

    void flag(long enquiryId, List<Long> matchedIds, Instant at, Long staffId) {
        String ids = matchedIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        db.writeVoid(ctx -> ctx.insertInto(ENQUIRY_MATCH_CHECK).set(ENQUIRY_MATCH_CHECK.ENQUIRY_ID, enquiryId)
                .set(ENQUIRY_MATCH_CHECK.MATCHED_IDS, ids).set(ENQUIRY_MATCH_CHECK.FLAGGED_AT, Timestamps.format(at))
                .set(ENQUIRY_MATCH_CHECK.FLAGGED_BY_ID, staffId).onConflictDoNothing().execute());
    }

    /** Many flags at once (an import), each as {@link #flag} writes it. */
    void flagAll(java.util.Map<Long, List<Long>> matched, Instant at, Long staffId) {
        if (matched.isEmpty()) {
            return;
        }
        String when = Timestamps.format(at);
        db.writeVoid(ctx -> {
            var batch = ctx.batch(ctx.insertInto(ENQUIRY_MATCH_CHECK, ENQUIRY_MATCH_CHECK.ENQUIRY_ID,
                    ENQUIRY_MATCH_CHECK.MATCHED_IDS, ENQUIRY_MATCH_CHECK.FLAGGED_AT, ENQUIRY_MATCH_CHECK.FLAGGED_BY_ID)
                    .values((Long) null, null, null, null).onConflictDoNothing());
            matched.forEach((id, ids) -> batch.bind(id, ids.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")), when, staffId));
            batch.execute();
        });
    }

    Optional<MatchCheck> open(long enquiryId) {
        return db.read(ctx -> ctx.selectFrom(ENQUIRY_MATCH_CHECK).where(ENQUIRY_MATCH_CHECK.ENQUIRY_ID.eq(enquiryId))
                .and(ENQUIRY_MATCH_CHECK.RESOLVED_AT.isNull()).fetchOptional()
                .map(r -> new MatchCheck(r.getEnquiryId(), Arrays.stream(r.getMatchedIds().split(","))
                        .filter(s -> !s.isBlank()).map(Long::valueOf).toList(), Timestamps.parse(r.getFlaggedAt()))));
    }

    void resolve(long enquiryId, Instant at, Long staffId) {
        db.writeVoid(ctx -> ctx.update(ENQUIRY_MATCH_CHECK).set(ENQUIRY_MATCH_CHECK.RESOLVED_AT, Timestamps.format(at))
                .set(ENQUIRY_MATCH_CHECK.RESOLVED_BY_ID, staffId).where(ENQUIRY_MATCH_CHECK.ENQUIRY_ID.eq(enquiryId))
                .and(ENQUIRY_MATCH_CHECK.RESOLVED_AT.isNull()).execute());
    }

    /** Open flags of enquiries not erased, oldest first. */
    static List<Long> openIds(DSLContext ctx, int offset, int limit) {
        return ctx.select(ENQUIRY_MATCH_CHECK.ENQUIRY_ID).from(ENQUIRY_MATCH_CHECK).join(ENQUIRY)
                .on(ENQUIRY.ID.eq(ENQUIRY_MATCH_CHECK.ENQUIRY_ID))
                .where(ENQUIRY_MATCH_CHECK.RESOLVED_AT.isNull()).and(ENQUIRY.ERASED_AT.isNull())
                .orderBy(ENQUIRY_MATCH_CHECK.FLAGGED_AT.asc(), ENQUIRY_MATCH_CHECK.ENQUIRY_ID.asc())
                .limit(limit).offset(offset).fetch(ENQUIRY_MATCH_CHECK.ENQUIRY_ID);
    }
}

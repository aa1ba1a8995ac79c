package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.domain.today.EnquiryGlance;
import org.clinicdesk.domain.today.TodayRepository;
import org.jooq.Record7;

/** The Today screen's enquiry reads: follow-ups due and new enquiries. */
public final class JooqTodayRepository implements TodayRepository {
    private final Database db;

    public JooqTodayRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<EnquiryGlance> followUpsDue(LocalDate day, int limit) {
        return db.read(ctx -> ctx.select(ENQUIRY.ID, ENQUIRY.FULL_NAME, ENQUIRY.PHONE, ENQUIRY.CENTRE_ID, ENQUIRY.STATUS,
                        ENQUIRY.NEXT_FOLLOW_UP, ENQUIRY.CREATED_AT)
                .from(ENQUIRY)
                .where(ENQUIRY.NEXT_FOLLOW_UP.le(day.toString()))
                .and(ENQUIRY.STATUS.in("NEW", "CONTACTED"))
                .and(ENQUIRY.ERASED_AT.isNull())
                .orderBy(ENQUIRY.NEXT_FOLLOW_UP, ENQUIRY.ID).limit(limit)
                .fetch(JooqTodayRepository::toGlance));
    }

    @Override
    public List<EnquiryGlance> createdSince(Instant since, int limit) {
        return db.read(ctx -> ctx.select(ENQUIRY.ID, ENQUIRY.FULL_NAME, ENQUIRY.PHONE, ENQUIRY.CENTRE_ID, ENQUIRY.STATUS,
                        ENQUIRY.NEXT_FOLLOW_UP, ENQUIRY.CREATED_AT)
                .from(ENQUIRY)
                .where(ENQUIRY.CREATED_AT.ge(Timestamps.format(since)))
                .and(ENQUIRY.ERASED_AT.isNull())
                .orderBy(ENQUIRY.CREATED_AT.desc()).limit(limit)
                .fetch(JooqTodayRepository::toGlance));
    }

    private static EnquiryGlance toGlance(Record7<Long, String, String, Long, String, String, String> r) {
        return new EnquiryGlance(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                r.value6() == null ? null : LocalDate.parse(r.value6()), Timestamps.parse(r.value7()));
    }
}

package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.CLINICIAN;
import static org.clinicdesk.store.jooq.Tables.CONSULTATION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;
import static org.clinicdesk.store.jooq.Tables.HANDOUT;
import static org.clinicdesk.store.jooq.Tables.SHEET_VERSION;
import static org.clinicdesk.store.jooq.Tables.STAFF;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clinicdesk.domain.enquiry.TimelineEntry;

/** An enquiry's history gathered from its events, its consultations and the sheets given to it. */
final class JooqEnquiryTimeline {
    private final Database db;

    JooqEnquiryTimeline(Database db) {
        this.db = db;
    }

    List<TimelineEntry> of(long enquiryId) {
        return db.read(ctx -> {
            List<TimelineEntry> out = new ArrayList<>();
            ctx.select(ENQUIRY_EVENT.AT, ENQUIRY_EVENT.KIND, ENQUIRY_EVENT.DETAIL, STAFF.FULL_NAME)
                    .from(ENQUIRY_EVENT).leftJoin(STAFF).on(STAFF.ID.eq(ENQUIRY_EVENT.STAFF_ID))
                    .where(ENQUIRY_EVENT.ENQUIRY_ID.eq(enquiryId))
                    .forEach(r -> out.add(new TimelineEntry(Timestamps.parse(r.value1()),
                            TimelineEntry.Kind.ofEventCode(r.value2()), r.value2(), r.value3(), r.value4())));
            ctx.select(CONSULTATION.CREATED_AT, CONSULTATION.STARTS_AT, CONSULTATION.STATUS, CONSULTATION.MODE,
                            CLINICIAN.NAME, STAFF.FULL_NAME)
                    .from(CONSULTATION).join(CLINICIAN).on(CLINICIAN.ID.eq(CONSULTATION.CLINICIAN_ID))
                    .leftJoin(STAFF).on(STAFF.ID.eq(CONSULTATION.CREATED_BY))
                    .where(CONSULTATION.ENQUIRY_ID.eq(enquiryId))
                    .forEach(r -> out.add(new TimelineEntry(Timestamps.parse(r.value1()), TimelineEntry.Kind.CONSULTATION,
                            "CONSULTATION", r.value2().replace('T', ' ') + " · " + r.value5() + " · " + r.value4()
                            + " · " + r.value3(), r.value6())));
            ctx.select(HANDOUT.GIVEN_AT, SHEET_VERSION.TITLE, SHEET_VERSION.VERSION, HANDOUT.LANGUAGE, HANDOUT.METHOD,
                            STAFF.FULL_NAME)
                    .from(HANDOUT).join(SHEET_VERSION).on(SHEET_VERSION.ID.eq(HANDOUT.SHEET_VERSION_ID))
                    .leftJoin(STAFF).on(STAFF.ID.eq(HANDOUT.GIVEN_BY))
                    .where(HANDOUT.ENQUIRY_ID.eq(enquiryId))
                    .forEach(r -> out.add(new TimelineEntry(Timestamps.parse(r.value1()), TimelineEntry.Kind.HANDOUT,
                            "HANDOUT", r.value2() + " · v" + r.value3() + " · " + r.value4() + " · " + r.value5(),
                            r.value6())));
            out.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsFirst(Comparator.naturalOrder())));
            return out;
        });
    }
}

package org.clinicdesk.testing;

import org.clinicdesk.store.Database;

/**
 * Hand-counted data for the reports, November 2026 in Bangalore time (UTC+5:30). What each report must find is
 * written beside the rows; the tests assert those counts.
 * <ul>
 * <li>Enquiries in November: E1, E2 (the same person as E1), E3 (00:30 on 1 Nov clinic time, 19:00 UTC on 31 Oct),
 * E5 (erased), E7 (closed, cost), E8. Not in November: E4 (00:15 on 1 Dec clinic time), E6 (23:30 on 31 Oct).</li>
 * <li>Consultations in November: C1 00:30 Monday 2 Nov no-show, C2 completed, C3 cancelled (travel), C4 arrived by
 * video, C6 rescheduled. C5 and C7 are in December.</li>
 * <li>Handouts in November: H1 (English, printed, to E1), H2 (Kannada PDF to a walk-in, 00:30 on 1 Nov), H3 (Kannada,
 * printed, to E3). H4 is on 1 Dec clinic time.</li>
 * </ul>
 */
public final class ReportSeed {
    private static final String T = "2026-11-01T00:00:00.000Z";

    private ReportSeed() {
    }

    /** Adds the rows; centre 1 is kept if it exists (the first-start centre), else made as "Bangalore". */
    public static void seed(Database db) {
        db.writeVoid(ctx -> {
            ctx.execute("INSERT OR IGNORE INTO centre (id, name, city, created_at, updated_at) VALUES "
                    + "(1, 'Bangalore', 'Bengaluru', ?, ?)", T, T);
            ctx.execute("INSERT INTO centre (id, name, city, created_at, updated_at) VALUES "
                    + "(2, 'Hyderabad', 'Hyderabad', ?, ?)", T, T);
            ctx.execute("INSERT OR IGNORE INTO medical_condition (id, name, created_at, updated_at) VALUES "
                    + "(901, 'Lupus (SLE)', ?, ?), (902, 'Rheumatoid arthritis', ?, ?)", T, T, T, T);
            ctx.execute("INSERT INTO clinician (id, name, created_at, updated_at) VALUES "
                    + "(801, 'Dr Rao', ?, ?), (802, 'Dr Iyer', ?, ?)", T, T, T, T);
            enquiry(ctx, 1, null, "PHONE", null, 1, "NEW", null, null, "2026-11-02T05:00:00.000Z");
            enquiry(ctx, 2, 1L, "PHONE", null, 1, "NEW", null, "2026-11-26", "2026-11-10T05:00:00.000Z");
            enquiry(ctx, 3, null, "WALK_IN", null, 2, "CONTACTED", null, null, "2026-10-31T19:00:00.000Z");
            enquiry(ctx, 4, null, "REFERRAL", "Dr Menon", 1, "NEW", null, null, "2026-11-30T18:45:00.000Z");
            enquiry(ctx, 5, null, "REFERRAL", null, 2, "BOOKED", null, null, "2026-11-20T06:00:00.000Z");
            ctx.execute("UPDATE enquiry SET full_name = '', erased_at = '2026-11-22T06:00:00.000Z' WHERE id = 5");
            enquiry(ctx, 6, null, "WHATSAPP", null, 1, "NEW", null, null, "2026-10-31T18:00:00.000Z");
            enquiry(ctx, 7, null, "WEBSITE", null, 1, "NEW", null, null, "2026-11-15T10:00:00.000Z");
            ctx.execute("UPDATE enquiry SET status = 'CLOSED', close_reason = 'COST', "
                    + "updated_at = '2026-11-16T10:00:00.000Z' WHERE id = 7");
            enquiry(ctx, 8, null, "EMAIL", null, 2, "NEW", null, "2026-11-24", "2026-11-25T04:00:00.000Z");
            ctx.execute("INSERT INTO enquiry_condition (enquiry_id, condition_id) VALUES "
                    + "(1, 901), (2, 901), (2, 902), (3, 902), (4, 901)");

            consultation(ctx, 1, 1, 1, 801, "2026-11-02T00:30", "NO_SHOW", "IN_PERSON", null);
            consultation(ctx, 2, 2, 1, 801, "2026-11-16T10:00", "COMPLETED", "IN_PERSON", null);
            consultation(ctx, 3, 3, 2, 802, "2026-11-03T11:00", "CANCELLED", "IN_PERSON", "Travel");
            consultation(ctx, 4, 3, 2, 802, "2026-11-10T11:00", "ARRIVED", "VIDEO", null);
            consultation(ctx, 5, 5, 2, 802, "2026-12-02T10:00", "BOOKED", "IN_PERSON", null);
            consultation(ctx, 6, 7, 1, 801, "2026-11-09T09:00", "RESCHEDULED", "IN_PERSON", null);
            consultation(ctx, 7, 7, 1, 801, "2026-12-01T00:00", "BOOKED", "IN_PERSON", null);

            event(ctx, 1, "CONTACT_CALL", "2026-11-03T05:00:00.000Z", "2026-11-03", 0);
            event(ctx, 3, "CONTACT_WHATSAPP", "2026-11-05T05:00:00.000Z", "2026-11-04", 1);
            event(ctx, 3, "CONTACT_NO_ANSWER", "2026-10-31T19:30:00.000Z", null, null);
            event(ctx, 1, "STATUS", "2026-11-03T05:00:00.000Z", null, null);
            event(ctx, 7, "CONTACT_CALL", "2026-11-30T19:00:00.000Z", "2026-11-30", 1);

            ctx.execute("INSERT INTO sheet (id, slug, kind, created_at) VALUES (701, 'report-sle', 'CONDITION', ?), "
                    + "(702, 'report-ra', 'CONDITION', ?)", T, T);
            ctx.execute("INSERT INTO sheet_version (id, sheet_id, language, version, title, body_markdown, status, "
                    + "created_at, updated_at) VALUES (7011, 701, 'en', 1, 'Living with lupus', 'x', 'APPROVED', ?, ?), "
                    + "(7012, 701, 'kn', 1, 'ಲೂಪಸ್ ಜೊತೆ ಬದುಕು', 'x', 'APPROVED', ?, ?), "
                    + "(7021, 702, 'en', 1, 'Rheumatoid arthritis', 'x', 'APPROVED', ?, ?)", T, T, T, T, T, T);
            handout(ctx, 7011, 1L, 1, "en", "PRINTED", "2026-11-02T06:00:00.000Z");
            handout(ctx, 7012, null, 1, "kn", "PDF", "2026-10-31T19:00:00.000Z");
            handout(ctx, 7012, 3L, 2, "kn", "PRINTED", "2026-11-20T06:00:00.000Z");
            handout(ctx, 7021, null, 2, "en", "PRINTED", "2026-11-30T18:40:00.000Z");
        });
    }

    private static void enquiry(org.jooq.DSLContext ctx, long id, Long person, String channel, String referrer,
                                long centre, String status, String closeReason, String followUp, String created) {
        ctx.execute("INSERT INTO enquiry (id, person_id, full_name, channel, referrer, centre_id, status, close_reason, "
                + "next_follow_up, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, person,
                "Person " + id, channel, referrer, centre, status, closeReason, followUp, created, created);
    }

    private static void consultation(org.jooq.DSLContext ctx, long id, long enquiry, long centre, long clinician,
                                     String start, String status, String mode, String reason) {
        String end = java.time.LocalDateTime.parse(start).plusMinutes(30).toString();
        ctx.execute("INSERT INTO consultation (id, enquiry_id, centre_id, clinician_id, starts_at, ends_at, "
                + "duration_minutes, mode, status, cancel_reason, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, 30, ?, ?, ?, ?, ?)", id, enquiry, centre, clinician, start, end, mode,
                status, reason, T, T);
    }

    private static void event(org.jooq.DSLContext ctx, long enquiry, String kind, String at, String due, Integer late) {
        ctx.execute("INSERT INTO enquiry_event (enquiry_id, kind, at, follow_up_due, follow_up_late) "
                + "VALUES (?, ?, ?, ?, ?)", enquiry, kind, at, due, late);
    }

    private static void handout(org.jooq.DSLContext ctx, long version, Long enquiry, long centre, String language,
                                String method, String at) {
        ctx.execute("INSERT INTO handout (sheet_version_id, enquiry_id, centre_id, language, method, given_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", version, enquiry, centre, language, method, at);
    }
}

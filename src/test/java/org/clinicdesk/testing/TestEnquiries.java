package org.clinicdesk.testing;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;

import org.clinicdesk.store.Database;

/** Inserts enquiries straight into the table, the way the enquiries feature stores them. */
public final class TestEnquiries {
    private TestEnquiries() {
    }

    public static long insert(Database db, String fullName, String phone, String createdAt) {
        return db.write(ctx -> {
            long centre = ctx.select(CENTRE.ID).from(CENTRE).limit(1).fetchSingle(CENTRE.ID);
            long id = ctx.insertInto(ENQUIRY)
                    .set(ENQUIRY.FULL_NAME, fullName).set(ENQUIRY.PHONE, phone).set(ENQUIRY.PHONE_ALT, phone + "9")
                    .set(ENQUIRY.EMAIL, "someone@example.in").set(ENQUIRY.CITY, "Bengaluru").set(ENQUIRY.AGE, 34)
                    .set(ENQUIRY.CHANNEL, "WALK_IN").set(ENQUIRY.CENTRE_ID, centre)
                    .set(ENQUIRY.NOTES, "prefers afternoon; " + fullName + " will bring reports")
                    .set(ENQUIRY.STATUS, "CONTACTED")
                    .set(ENQUIRY.CREATED_AT, createdAt).set(ENQUIRY.UPDATED_AT, createdAt)
                    .returning(ENQUIRY.ID).fetchSingle().getId();
            ctx.insertInto(ENQUIRY_EVENT).set(ENQUIRY_EVENT.ENQUIRY_ID, id).set(ENQUIRY_EVENT.KIND, "NOTE")
                    .set(ENQUIRY_EVENT.DETAIL, "called " + fullName + " on " + phone).set(ENQUIRY_EVENT.AT, createdAt)
                    .execute();
            return id;
        });
    }

    public static long insert(Database db, String fullName, String phone) {
        return insert(db, fullName, phone, "2026-11-20T05:00:00.000Z");
    }
}

package org.clinicdesk.store.demo;

import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.HANDOUT;
import static org.clinicdesk.store.jooq.Tables.SHEET_VERSION;
import static org.clinicdesk.store.jooq.Tables.STAFF;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.Timestamps;
import org.jooq.BatchBindStep;
import org.jooq.Record3;

/**
 * Information sheets handed out in the demo clinic, so the sheets report has something to show: about one handout
 * for every two enquiries (scaling with the demo's size), each an approved version in its own language, printed or
 * saved as PDF, most to an enquiry a few minutes after it was recorded and some to anonymous walk-ins.
 * Deterministic for a seed. Run after the bundled sheets are loaded and approved.
 */
public final class DemoHandouts {
    private static final int CHUNK = 20_000;
    private final Database db;
    private final Clock clock;
    private final long seed;

    public DemoHandouts(Database db, Clock clock, long seed) {
        this.db = db;
        this.clock = clock;
        this.seed = seed;
    }

    /** Writes {@code count} handouts, unless there is no approved sheet to hand out or handouts already exist. */
    public void generate(int count) {
        List<Long> versions = db.read(ctx -> ctx.select(SHEET_VERSION.ID).from(SHEET_VERSION)
                .where(SHEET_VERSION.STATUS.eq("APPROVED")).orderBy(SHEET_VERSION.ID).fetch(SHEET_VERSION.ID));
        List<String> languages = db.read(ctx -> ctx.select(SHEET_VERSION.LANGUAGE).from(SHEET_VERSION)
                .where(SHEET_VERSION.STATUS.eq("APPROVED")).orderBy(SHEET_VERSION.ID).fetch(SHEET_VERSION.LANGUAGE));
        boolean any = db.read(ctx -> ctx.fetchExists(HANDOUT));
        if (versions.isEmpty() || any) {
            return;
        }
        List<Record3<Long, Long, String>> enquiries = db.read(ctx -> ctx.select(ENQUIRY.ID, ENQUIRY.CENTRE_ID,
                ENQUIRY.CREATED_AT).from(ENQUIRY).orderBy(ENQUIRY.ID).fetch());
        List<Long> reception = db.read(ctx -> ctx.select(STAFF.ID).from(STAFF).where(STAFF.ROLE.eq("RECEPTION"))
                .orderBy(STAFF.ID).fetch(STAFF.ID));
        if (enquiries.isEmpty()) {
            return;
        }
        Random random = new Random(seed ^ 0x5EED);
        Instant now = clock.instant();
        for (int start = 0; start < count; start += CHUNK) {
            int size = Math.min(CHUNK, count - start);
            db.writeVoid(ctx -> {
                BatchBindStep batch = ctx.batch(ctx.insertInto(HANDOUT, HANDOUT.SHEET_VERSION_ID, HANDOUT.ENQUIRY_ID,
                        HANDOUT.CENTRE_ID, HANDOUT.LANGUAGE, HANDOUT.METHOD, HANDOUT.GIVEN_BY, HANDOUT.GIVEN_AT)
                        .values((Long) null, null, null, null, null, null, null));
                for (int i = 0; i < size; i++) {
                    Record3<Long, Long, String> e = enquiries.get(random.nextInt(enquiries.size()));
                    int v = random.nextInt(versions.size());
                    boolean walkIn = random.nextInt(100) < 25;
                    Instant given = Timestamps.parse(e.value3()).plus(Duration.ofMinutes(5 + random.nextInt(40)));
                    if (given.isAfter(now)) {
                        given = now;
                    }
                    batch.bind(versions.get(v), walkIn ? null : e.value1(), e.value2(), languages.get(v),
                            random.nextInt(100) < 70 ? "PRINTED" : "PDF",
                            reception.isEmpty() ? null : reception.get(random.nextInt(reception.size())),
                            Timestamps.format(given));
                }
                batch.execute();
            });
        }
    }
}

package org.clinicdesk.store.demo;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.CLINIC;
import static org.clinicdesk.store.jooq.Tables.CLINICIAN;
import static org.clinicdesk.store.jooq.Tables.CLINICIAN_HOURS;
import static org.clinicdesk.store.jooq.Tables.CONSULTATION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_CONDITION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;
import static org.clinicdesk.store.jooq.Tables.MEDICAL_CONDITION;
import static org.clinicdesk.store.jooq.Tables.SETTING;
import static org.clinicdesk.store.jooq.Tables.STAFF;
import static org.clinicdesk.store.jooq.Tables.STAFF_LANGUAGE;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.common.PhoneNumber;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.Timestamps;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Realistic synthetic data for --demo and for benchmarks: two centres, clinicians with weekly hours, the conditions a
 * rheumatology clinic sees, staff, {@code size} enquiries (names in five scripts, phones typed the way people type
 * them) over months (a thousand a day at benchmark sizes), each with its history: contacts answering follow-ups on
 * time or late, status changes, closing reasons, consultations with every status (first visits, reschedules,
 * reviews, a busy demo week around today). {@link #handOutSheets()} then hands out the approved sheets. Deterministic
 * for a seed and a clock.
 */
public final class DemoDataGenerator {
    public static final String DEMO_MANAGER = "demo";
    private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    private static final int CHUNK = 20_000;
    private static final String[] CHANNELS = {"WALK_IN", "PHONE", "PHONE", "WHATSAPP", "WHATSAPP", "WEBSITE", "EMAIL", "REFERRAL"};
    private static final String[] CITIES = {"Bengaluru", "Mysuru", "Hubballi", "Mangaluru", "Hyderabad", "Secunderabad",
        "Warangal", "Vijayawada", "Chennai", "Tumakuru", "Kurnool", "Anantapur"};
    private static final String[] NOTES = {"", "", "", "Prefers afternoon", "Bringing earlier reports",
        "Call after 6 pm", "Speaks Kannada", "Speaks Telugu", "Asked about costs", "Daughter will accompany",
        "Referred by family doctor", "Wants WhatsApp only"};

    private final Database db;
    private final Clock clock;
    private final long seed;

    public DemoDataGenerator(Database db, Clock clock, long seed) {
        this.db = db;
        this.clock = clock;
        this.seed = seed;
    }

    /** Writes the demo clinic and {@code enquiries} enquiries into an empty database. */
    public void generate(int enquiries) {
        db.writeVoid(ctx -> generateInTransaction(enquiries));
    }

    /**
     * Hands out the approved sheets to the demo's enquiries and to anonymous walk-ins (call once the bundled sheets
     * are loaded, after {@link #generate}); about three handouts for every ten enquiries. Returns how many.
     */
    public long handOutSheets() {
        return new DemoHandouts(db, seed).write();
    }

    private void generateInTransaction(int enquiries) {
        Random random = new Random(seed);
        String now = Timestamps.now(clock);
        long[] centres = new long[2];
        long[] conditions = new long[10];
        long[] clinicians = new long[3];
        long[] staff = new long[4];
        List<DemoDiary.Hours> diary = new ArrayList<>();
        db.writeVoid(ctx -> {
            ctx.insertInto(CLINIC).set(CLINIC.ID, 1L).set(CLINIC.NAME, "Deccan Rheumatology Clinic (demo)")
                    .set(CLINIC.CONSENT_NOTICE, "We keep your name and contact details to answer your enquiry and to "
                            + "book and remind you of consultations. We do not share them. You can ask us at any time "
                            + "to stop contacting you or to erase your details.")
                    .set(CLINIC.CREATED_AT, now).set(CLINIC.UPDATED_AT, now).execute();
            centres[0] = centre(ctx, now, "Bangalore — Indiranagar", "Bengaluru",
                    "12, 100 Feet Road, Indiranagar, Bengaluru 560038", "+918041234567", "+919845000001");
            centres[1] = centre(ctx, now, "Hyderabad — Banjara Hills", "Hyderabad",
                    "Road No. 3, Banjara Hills, Hyderabad 500034", "+914023456789", "+919848000002");
            ctx.insertInto(SETTING).set(SETTING.KEY, "desk.centre_id").set(SETTING.VALUE, Long.toString(centres[0])).execute();
            String[][] conditionRows = {
                {"Systemic lupus erythematosus (SLE)", "lupus, SLE"},
                {"Rheumatoid arthritis", "RA, joint pain"},
                {"Sjögren's syndrome", "dry eyes and mouth"},
                {"Systemic sclerosis", "scleroderma"},
                {"Vasculitis", ""},
                {"Antiphospholipid syndrome", "APS, sticky blood"},
                {"Myositis", "muscle inflammation"},
                {"Psoriatic arthritis", ""},
                {"Axial spondyloarthritis", "ankylosing spondylitis, back pain"},
                {"Not sure yet", ""}};
            for (int i = 0; i < conditionRows.length; i++) {
                conditions[i] = ctx.insertInto(MEDICAL_CONDITION)
                        .set(MEDICAL_CONDITION.NAME, conditionRows[i][0])
                        .set(MEDICAL_CONDITION.OTHER_NAMES, conditionRows[i][1])
                        .set(MEDICAL_CONDITION.SORT_ORDER, i)
                        .set(MEDICAL_CONDITION.CREATED_AT, now).set(MEDICAL_CONDITION.UPDATED_AT, now)
                        .returning(MEDICAL_CONDITION.ID).fetchSingle().getId();
            }
            String[][] staffRows = {
                {DEMO_MANAGER, "Demo Manager", "MANAGER"},
                {"asha", "Asha Kulkarni", "RECEPTION"},
                {"imran", "Imran Siddiqui", "RECEPTION"},
                {"dr.rao", "Dr Kavitha Rao", "CLINICIAN"}};
            for (int i = 0; i < staffRows.length; i++) {
                staff[i] = ctx.insertInto(STAFF).set(STAFF.USERNAME, staffRows[i][0]).set(STAFF.FULL_NAME, staffRows[i][1])
                        .set(STAFF.ROLE, staffRows[i][2]).set(STAFF.CREATED_AT, now).set(STAFF.UPDATED_AT, now)
                        .returning(STAFF.ID).fetchSingle().getId();
            }
            // the demo clinician reads every language the sheets come in, so she may approve their translations
            for (Language language : Language.sheetLanguages()) {
                ctx.insertInto(STAFF_LANGUAGE).set(STAFF_LANGUAGE.STAFF_ID, staff[3])
                        .set(STAFF_LANGUAGE.LANGUAGE, language.code()).execute();
            }
            clinicians[0] = clinician(ctx, now, "Dr Kavitha Rao", staff[3], 30);
            clinicians[1] = clinician(ctx, now, "Dr Sameer Khan", null, 30);
            clinicians[2] = clinician(ctx, now, "Dr Anil Menon", null, 20);
            hours(ctx, diary, clinicians[0], centres[0], new int[] {1, 3, 5}, "10:00", "17:00", 30);
            hours(ctx, diary, clinicians[0], centres[1], new int[] {6}, "10:00", "14:00", 30);
            hours(ctx, diary, clinicians[1], centres[1], new int[] {1, 2, 3, 4}, "10:00", "17:00", 30);
            hours(ctx, diary, clinicians[2], centres[0], new int[] {2, 4, 6}, "09:30", "13:30", 20);
            for (int i = 0; i < extraClinicians(enquiries); i++) {
                long extra = clinician(ctx, now, "Dr Visiting Clinician " + (i + 1), null, 20);
                hours(ctx, diary, extra, centres[i % 2], new int[] {1, 2, 3, 4, 5, 6}, "09:00", "17:00", 20);
            }
        });
        DemoHistory history = new DemoHistory(random, new DemoDiary(diary), ZONE, clock.instant(), clinicians[1]);
        enquiries(random, enquiries, centres, conditions, staff, history);
        LocalDate monday = LocalDate.now(clock.withZone(ZONE)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        history.reviewVisits(monday, 12, 0.6, staff[1]);
        consultations(history);
    }

    /**
     * The language a demo visitor reads best, from the script their name is written in; a name in Latin letters
     * reads English every other time and was not asked otherwise. Takes nothing from the random sequence.
     */
    static String readsBest(String name, long id) {
        for (int i = 0; i < name.length(); i++) {
            switch (Character.UnicodeScript.of(name.codePointAt(i))) {
                case DEVANAGARI -> { return Language.HINDI.code(); }
                case KANNADA -> { return Language.KANNADA.code(); }
                case TELUGU -> { return Language.TELUGU.code(); }
                case ARABIC -> { return Language.URDU.code(); }
                default -> { }
            }
        }
        return id % 2 == 0 ? Language.ENGLISH.code() : null;
    }

    private DemoHistory enquiries(Random random, int count, long[] centres, long[] conditions, long[] staff,
                                  DemoHistory history) {
        Instant end = clock.instant();
        long spanDays = spanDays(count);
        LocalDate today = LocalDate.ofInstant(end, ZONE);
        List<String> knownPhones = new ArrayList<>();
        List<Object[]> earlier = new ArrayList<>(); // name, phone, person: people who may call again
        long nextId = 1;
        for (int start = 0; start < count; start += CHUNK) {
            int size = Math.min(CHUNK, count - start);
            long firstId = nextId;
            int offset = start;
            nextId += size;
            db.writeVoid(ctx -> {
                BatchBindStep enquiry = ctx.batch(ctx.insertInto(ENQUIRY, ENQUIRY.ID, ENQUIRY.PERSON_ID, ENQUIRY.FULL_NAME,
                        ENQUIRY.PHONE, ENQUIRY.PHONE_ALT, ENQUIRY.EMAIL, ENQUIRY.CITY, ENQUIRY.AGE, ENQUIRY.CHANNEL,
                        ENQUIRY.REFERRER, ENQUIRY.CENTRE_ID, ENQUIRY.NOTES, ENQUIRY.STATUS, ENQUIRY.CLOSE_REASON,
                        ENQUIRY.NEXT_FOLLOW_UP, ENQUIRY.CONSENT_GIVEN_AT, ENQUIRY.CONSENT_METHOD, ENQUIRY.CREATED_AT,
                        ENQUIRY.CREATED_BY, ENQUIRY.UPDATED_AT, ENQUIRY.UPDATED_BY, ENQUIRY.VERSION, ENQUIRY.LANGUAGE)
                        .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                                null, null, null, null, null, null, null, null, null));
                BatchBindStep condition = ctx.batch(ctx.insertInto(ENQUIRY_CONDITION,
                        ENQUIRY_CONDITION.ENQUIRY_ID, ENQUIRY_CONDITION.CONDITION_ID).values((Long) null, null));
                BatchBindStep event = ctx.batch(ctx.insertInto(ENQUIRY_EVENT, ENQUIRY_EVENT.ENQUIRY_ID, ENQUIRY_EVENT.KIND,
                        ENQUIRY_EVENT.DETAIL, ENQUIRY_EVENT.AT, ENQUIRY_EVENT.STAFF_ID, ENQUIRY_EVENT.FOLLOW_UP_DUE,
                        ENQUIRY_EVENT.FOLLOW_UP_LATE).values((Long) null, null, null, null, null, null, null));
                for (int i = 0; i < size; i++) {
                    long id = firstId + i;
                    // newest enquiries last, so ids follow time as they would in real use
                    double position = (double) (offset + i) / Math.max(1, count - 1);
                    Instant created = end.minus(Duration.ofMinutes((long) ((1 - position) * spanDays * 24 * 60)))
                            .minusSeconds(random.nextInt(3600));
                    String name = DemoNames.name(random);
                    long person = id;
                    String phone;
                    int caller = random.nextInt(100);
                    if (!earlier.isEmpty() && caller < 3) {
                        Object[] again = earlier.get(random.nextInt(earlier.size())); // the same person, linked
                        name = (String) again[0];
                        phone = (String) again[1];
                        person = (Long) again[2];
                    } else if (!knownPhones.isEmpty() && caller < 11) {
                        phone = knownPhones.get(random.nextInt(knownPhones.size())); // family sharing a phone
                    } else {
                        phone = mobile(random);
                        if (knownPhones.size() < 50_000) {
                            knownPhones.add(phone);
                        }
                    }
                    if (earlier.size() < 50_000) {
                        earlier.add(new Object[] {name, phone, person});
                    }
                    String alt = random.nextInt(10) == 0 ? mobile(random) : null;
                    String channel = CHANNELS[random.nextInt(CHANNELS.length)];
                    long centre = centres[random.nextInt(10) < 6 ? 0 : 1];
                    long by = staff[1 + random.nextInt(2)];
                    boolean email = random.nextInt(4) == 0;
                    String createdAt = Timestamps.format(created);
                    String city = CITIES[random.nextInt(CITIES.length)];
                    Integer age = random.nextInt(5) == 0 ? null : 14 + random.nextInt(60);
                    String referrer = channel.equals("REFERRAL") ? "Dr " + DemoNames.name(random) : null;
                    String note = NOTES[random.nextInt(NOTES.length)];
                    String consent = random.nextBoolean() ? "SPOKEN" : "WHATSAPP";
                    event.bind(id, "CREATED", channel, createdAt, by, null, null);
                    DemoHistory.Outcome life = history.live(id, created, channel, centre, by, event);
                    String followUp = life.status().equals("NEW") || life.status().equals("CONTACTED")
                            ? today.plusDays(random.nextInt(10) - 4).toString() : null;
                    enquiry.bind(id, person, name, phone, alt, email ? "person" + id + "@example.in" : null, city, age,
                            channel, referrer, centre, note, life.status(), life.closeReason(), followUp, createdAt,
                            consent, createdAt, by, Timestamps.format(life.updatedAt()), by, 1, readsBest(name, id));
                    int first = random.nextInt(10) < 6 ? 0 : random.nextInt(conditions.length);
                    condition.bind(id, conditions[first]);
                    if (random.nextInt(8) == 0) {
                        condition.bind(id, conditions[(first + 1 + random.nextInt(conditions.length - 1)) % conditions.length]);
                    }
                }
                enquiry.execute();
                condition.execute();
                event.execute();
            });
        }
        return history;
    }

    /** Months of enquiries for the demo; at benchmark sizes about a thousand a day. */
    static long spanDays(int count) {
        return Math.max(180, count / 1000);
    }

    /** Enough extra clinicians that the diaries hold the bookings a large benchmark database makes. */
    static int extraClinicians(int count) {
        return Math.max(0, (int) Math.ceil(count / (double) spanDays(count) / 90) - 1);
    }

    /** A valid Indian mobile number, stored in E.164 after parsing the way a person typed it. */
    private static String mobile(Random random) {
        while (true) {
            String digits = (6 + random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
            String typed = switch (random.nextInt(5)) {
                case 0 -> digits.substring(0, 5) + " " + digits.substring(5);
                case 1 -> "0" + digits.substring(0, 5) + "-" + digits.substring(5);
                case 2 -> "+91 " + digits.substring(0, 5) + " " + digits.substring(5);
                case 3 -> "91" + digits;
                default -> digits;
            };
            try {
                return PhoneNumber.parse(typed, "phone").e164();
            } catch (ValidationException e) {
                // a prefix not yet allocated: draw again
            }
        }
    }

    /** Every consultation the history booked, latest first, in batches. */
    private void consultations(DemoHistory history) {
        List<DemoHistory.Visit> visits = history.visits();
        List<DemoHistory.Visit> rescheduled = new ArrayList<>();
        for (int from = 0; from < visits.size(); from += CHUNK) {
            List<DemoHistory.Visit> chunk = visits.subList(from, Math.min(visits.size(), from + CHUNK));
            db.writeVoid(ctx -> {
                BatchBindStep batch = ctx.batch(ctx.insertInto(CONSULTATION, CONSULTATION.ID, CONSULTATION.ENQUIRY_ID,
                        CONSULTATION.CENTRE_ID, CONSULTATION.CLINICIAN_ID, CONSULTATION.STARTS_AT, CONSULTATION.ENDS_AT,
                        CONSULTATION.DURATION_MINUTES, CONSULTATION.MODE, CONSULTATION.STATUS, CONSULTATION.CANCEL_REASON,
                        CONSULTATION.RESCHEDULED_FROM_ID, CONSULTATION.CREATED_AT, CONSULTATION.CREATED_BY,
                        CONSULTATION.UPDATED_AT, CONSULTATION.UPDATED_BY)
                        .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                                null));
                for (DemoHistory.Visit v : chunk) {
                    batch.bind(v.id(), v.enquiry(), v.slot().centre(), v.slot().clinician(), v.slot().start().toString(),
                            v.slot().end().toString(), v.slot().minutes(), v.mode(), v.status(), v.reason(),
                            null, v.createdAt(), v.by(), v.updatedAt(), v.by());
                }
                batch.execute();
                // the link to the visit it replaced, once that earlier row is written too
                for (DemoHistory.Visit v : chunk) {
                    if (v.rescheduledFrom() != null) {
                        rescheduled.add(v);
                    }
                }
            });
        }
        db.writeVoid(ctx -> {
            BatchBindStep link = ctx.batch(ctx.update(CONSULTATION).set(CONSULTATION.RESCHEDULED_FROM_ID, (Long) null)
                    .where(CONSULTATION.ID.eq((Long) null)));
            rescheduled.forEach(v -> link.bind(v.rescheduledFrom(), v.id()));
            if (!rescheduled.isEmpty()) {
                link.execute();
            }
        });
    }

    private static long centre(DSLContext ctx, String now, String name, String city, String address, String phone,
                               String whatsapp) {
        return ctx.insertInto(CENTRE).set(CENTRE.NAME, name).set(CENTRE.CITY, city).set(CENTRE.ADDRESS, address)
                .set(CENTRE.PHONE, phone).set(CENTRE.WHATSAPP, whatsapp)
                .set(CENTRE.WHATSAPP_TEMPLATE, "Hello {name}, this is {centre}. {address}")
                .set(CENTRE.CREATED_AT, now).set(CENTRE.UPDATED_AT, now)
                .returning(CENTRE.ID).fetchSingle().getId();
    }

    private static long clinician(DSLContext ctx, String now, String name, Long staffId, int slot) {
        return ctx.insertInto(CLINICIAN).set(CLINICIAN.NAME, name).set(CLINICIAN.STAFF_ID, staffId)
                .set(CLINICIAN.DEFAULT_SLOT_MINUTES, slot).set(CLINICIAN.CREATED_AT, now).set(CLINICIAN.UPDATED_AT, now)
                .returning(CLINICIAN.ID).fetchSingle().getId();
    }

    private static void hours(DSLContext ctx, List<DemoDiary.Hours> diary, long clinician, long centre, int[] weekdays,
                              String from, String to, int minutes) {
        for (int weekday : weekdays) {
            diary.add(new DemoDiary.Hours(clinician, centre, weekday, LocalTime.parse(from), LocalTime.parse(to), minutes));
            ctx.insertInto(CLINICIAN_HOURS).set(CLINICIAN_HOURS.CLINICIAN_ID, clinician).set(CLINICIAN_HOURS.CENTRE_ID, centre)
                    .set(CLINICIAN_HOURS.WEEKDAY, weekday).set(CLINICIAN_HOURS.START_TIME, from)
                    .set(CLINICIAN_HOURS.END_TIME, to).execute();
        }
    }
}

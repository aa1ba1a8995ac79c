package org.clinicdesk.testing;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.CLINIC;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.STAFF;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.TreeSet;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.consultation.Clinician;
import org.clinicdesk.domain.consultation.ClinicianService;
import org.clinicdesk.domain.consultation.ConsultationService;
import org.clinicdesk.domain.consultation.ConsultationStatusService;
import org.clinicdesk.domain.consultation.WeeklyHours;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.domain.today.TodayService;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.JooqAuditLog;
import org.clinicdesk.store.JooqClinicRepository;
import org.clinicdesk.store.JooqClinicianRepository;
import org.clinicdesk.store.JooqConsultationRepository;
import org.clinicdesk.store.JooqTodayRepository;
import org.clinicdesk.store.Timestamps;

/**
 * A real database with a clinic, two centres, a receptionist and a manager signed in as needed, and one clinician
 * (Dr Kavitha Rao: Bangalore Mon/Wed/Fri 10:00–17:00, Hyderabad Saturday 10:00–14:00), wired like AppContext.
 */
public final class ConsultationFixture implements AutoCloseable {
    public final Database db;
    public final Clock clock;
    public final CurrentUser user = new CurrentUser();
    public final ClinicService clinic;
    public final ClinicianService clinicians;
    public final ConsultationService consultations;
    public final ConsultationStatusService statuses;
    public final TodayService today;
    public final JooqConsultationRepository repository;
    public final org.clinicdesk.domain.consultation.BookingSlipService slips;
    public long bangalore;
    public long hyderabad;
    public StaffMember reception;
    public StaffMember manager;
    public Clinician rao;

    public ConsultationFixture(Path dir, Clock clock) {
        this(TestDb.open(dir), clock);
    }

    public ConsultationFixture(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        JooqAuditLog audit = new JooqAuditLog(db, clock, user);
        clinic = new ClinicService(new JooqClinicRepository(db, clock), db, user, audit);
        JooqClinicianRepository clinicianRepository = new JooqClinicianRepository(db, clock);
        repository = new JooqConsultationRepository(db, clock, user);
        clinicians = new ClinicianService(clinicianRepository, db, user, audit);
        consultations = new ConsultationService(repository, clinicianRepository, clinic, db, user, audit, clock);
        statuses = new ConsultationStatusService(consultations, repository, db, user, audit);
        today = new TodayService(new JooqTodayRepository(db), consultations, user);
        org.clinicdesk.domain.output.OutputFiles outputs = new org.clinicdesk.domain.output.OutputFiles(
                List.of(db.file()), List::of, audit);
        slips = new org.clinicdesk.domain.consultation.BookingSlipService(consultations, repository,
                clinicianRepository, clinic, new org.clinicdesk.domain.enquiry.EnquiryService(
                        new org.clinicdesk.store.JooqEnquiryRepository(db), db, audit, user, clock, outputs),
                new org.clinicdesk.document.BookingSlipPdf(), db, user, audit, outputs, false);
    }

    /** Clinic, centres, staff and Dr Rao; leaves the receptionist signed in. */
    public ConsultationFixture seed() {
        String now = Timestamps.now(clock);
        db.writeVoid(ctx -> {
            ctx.insertInto(CLINIC).set(CLINIC.ID, 1L).set(CLINIC.NAME, "Deccan Rheumatology Clinic")
                    .set(CLINIC.CREATED_AT, now).set(CLINIC.UPDATED_AT, now).execute();
            bangalore = ctx.insertInto(CENTRE).set(CENTRE.NAME, "Bangalore — Indiranagar").set(CENTRE.CITY, "Bengaluru")
                    .set(CENTRE.ADDRESS, "12, 100 Feet Road, Indiranagar, Bengaluru 560038")
                    .set(CENTRE.PHONE, "+918041234567").set(CENTRE.MAP_LINK, "https://maps.example/indiranagar")
                    .set(CENTRE.CREATED_AT, now).set(CENTRE.UPDATED_AT, now).returning(CENTRE.ID).fetchSingle().getId();
            hyderabad = ctx.insertInto(CENTRE).set(CENTRE.NAME, "Hyderabad — Banjara Hills").set(CENTRE.CITY, "Hyderabad")
                    .set(CENTRE.CREATED_AT, now).set(CENTRE.UPDATED_AT, now).returning(CENTRE.ID).fetchSingle().getId();
            reception = staff(ctx, now, "asha", "Asha Kulkarni", Role.RECEPTION);
            manager = staff(ctx, now, "demo", "Demo Manager", Role.MANAGER);
        });
        user.signIn(manager);
        rao = clinicians.save(new Clinician(0, "Dr Kavitha Rao", null, 30, true, List.of(
                new WeeklyHours(bangalore, DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(17, 0)),
                new WeeklyHours(bangalore, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(17, 0)),
                new WeeklyHours(bangalore, DayOfWeek.FRIDAY, LocalTime.of(10, 0), LocalTime.of(17, 0)),
                new WeeklyHours(hyderabad, DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0))),
                new TreeSet<>()));
        user.signIn(reception);
        return this;
    }

    private static StaffMember staff(org.jooq.DSLContext ctx, String now, String username, String name, Role role) {
        long id = ctx.insertInto(STAFF).set(STAFF.USERNAME, username).set(STAFF.FULL_NAME, name).set(STAFF.ROLE, role.name())
                .set(STAFF.CREATED_AT, now).set(STAFF.UPDATED_AT, now).returning(STAFF.ID).fetchSingle().getId();
        return new StaffMember(id, username, name, role, true);
    }

    /** An enquiry row as the enquiries feature would write it. */
    public long enquiry(String name, String phone, String status, String nextFollowUp) {
        String now = Timestamps.now(clock);
        return db.write(ctx -> ctx.insertInto(ENQUIRY).set(ENQUIRY.FULL_NAME, name).set(ENQUIRY.PHONE, phone)
                .set(ENQUIRY.CHANNEL, "PHONE").set(ENQUIRY.CENTRE_ID, bangalore).set(ENQUIRY.STATUS, status)
                .set(ENQUIRY.NEXT_FOLLOW_UP, nextFollowUp).set(ENQUIRY.CONSENT_GIVEN_AT, now)
                .set(ENQUIRY.CONSENT_METHOD, "SPOKEN").set(ENQUIRY.CREATED_AT, now).set(ENQUIRY.UPDATED_AT, now)
                .returning(ENQUIRY.ID).fetchSingle().getId());
    }

    @Override
    public void close() {
        db.close();
    }
}

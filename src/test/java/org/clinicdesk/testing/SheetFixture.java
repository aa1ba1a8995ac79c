package org.clinicdesk.testing;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.CLINIC;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.MEDICAL_CONDITION;
import static org.clinicdesk.store.jooq.Tables.STAFF;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.sheet.EvidenceStatus;
import org.clinicdesk.domain.sheet.HandoutService;
import org.clinicdesk.domain.sheet.SheetContent;
import org.clinicdesk.domain.sheet.SheetKind;
import org.clinicdesk.domain.sheet.SheetService;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.JooqAuditLog;
import org.clinicdesk.store.JooqClinicRepository;
import org.clinicdesk.store.JooqSheetRepository;
import org.clinicdesk.store.Timestamps;

/** A migrated temp database with a clinic, a centre, a condition, one enquiry and one member of staff per role. */
public final class SheetFixture implements AutoCloseable {
    public final Database db;
    public final CurrentUser user = new CurrentUser();
    public final AuditLog audit;
    public final JooqSheetRepository repository;
    public final SheetService sheets;
    public final HandoutService handouts;
    public final ClinicService clinic;
    public final StaffMember reception;
    public final StaffMember clinician;
    public final StaffMember manager;
    public final long lupusId;
    public final long centreId;
    public final long enquiryId;

    public SheetFixture(Path dir) {
        db = TestDb.open(dir);
        audit = new JooqAuditLog(db, TestDb.CLOCK, user);
        repository = new JooqSheetRepository(db, TestDb.CLOCK);
        sheets = new SheetService(repository, db, audit, user, TestDb.CLOCK);
        handouts = new HandoutService(repository, db, audit, user, TestDb.CLOCK);
        clinic = new ClinicService(new JooqClinicRepository(db, TestDb.CLOCK), db, user, audit);
        String now = Timestamps.now(TestDb.CLOCK);
        reception = staff("asha", "Asha Kulkarni", Role.RECEPTION, now);
        clinician = staff("dr.rao", "Dr Kavitha Rao", Role.CLINICIAN, now);
        manager = staff("demo", "Demo Manager", Role.MANAGER, now);
        lupusId = db.write(ctx -> ctx.insertInto(MEDICAL_CONDITION)
                .set(MEDICAL_CONDITION.NAME, "Systemic lupus erythematosus (SLE)")
                .set(MEDICAL_CONDITION.OTHER_NAMES, "lupus, SLE")
                .set(MEDICAL_CONDITION.CREATED_AT, now).set(MEDICAL_CONDITION.UPDATED_AT, now)
                .returning(MEDICAL_CONDITION.ID).fetchSingle().getId());
        db.writeVoid(ctx -> ctx.insertInto(CLINIC).set(CLINIC.ID, 1L).set(CLINIC.NAME, "Deccan Rheumatology Clinic")
                .set(CLINIC.CREATED_AT, now).set(CLINIC.UPDATED_AT, now).execute());
        centreId = db.write(ctx -> ctx.insertInto(CENTRE).set(CENTRE.NAME, "Bangalore — Indiranagar")
                .set(CENTRE.CITY, "Bengaluru").set(CENTRE.PHONE, "+918041234567")
                .set(CENTRE.CREATED_AT, now).set(CENTRE.UPDATED_AT, now).returning(CENTRE.ID).fetchSingle().getId());
        enquiryId = db.write(ctx -> ctx.insertInto(ENQUIRY).set(ENQUIRY.FULL_NAME, "Test Visitor")
                .set(ENQUIRY.CHANNEL, "WALK_IN").set(ENQUIRY.CENTRE_ID, centreId)
                .set(ENQUIRY.CREATED_AT, now).set(ENQUIRY.UPDATED_AT, now).returning(ENQUIRY.ID).fetchSingle().getId());
    }

    private StaffMember staff(String username, String name, Role role, String now) {
        long id = db.write(ctx -> ctx.insertInto(STAFF).set(STAFF.USERNAME, username).set(STAFF.FULL_NAME, name)
                .set(STAFF.ROLE, role.name()).set(STAFF.CREATED_AT, now).set(STAFF.UPDATED_AT, now)
                .returning(STAFF.ID).fetchSingle().getId());
        return new StaffMember(id, username, name, role, true);
    }

    public SheetContent content(String slug, SheetKind kind, EvidenceStatus evidence, String body) {
        return new SheetContent(slug, kind, List.of(lupusId), "en", "Sheet " + slug, "A short summary.", body,
                evidence, List.of("A source, 2024."), "Test author");
    }

    public SheetContent content(String slug) {
        return content(slug, SheetKind.CONDITION, null, "## About\n\nLupus is a long-term illness.");
    }

    public void signIn(StaffMember who) {
        user.signIn(who);
    }

    @Override
    public void close() {
        db.close();
    }
}

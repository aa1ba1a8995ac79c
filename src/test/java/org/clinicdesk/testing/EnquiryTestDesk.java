package org.clinicdesk.testing;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.CLINIC;
import static org.clinicdesk.store.jooq.Tables.MEDICAL_CONDITION;
import static org.clinicdesk.store.jooq.Tables.STAFF;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryService;
import org.clinicdesk.domain.enquiry.FollowUpQueue;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.JooqAuditLog;
import org.clinicdesk.store.JooqAuditTrail;
import org.clinicdesk.store.JooqClinicRepository;
import org.clinicdesk.store.JooqClinicianRepository;
import org.clinicdesk.store.JooqConsultationRepository;
import org.clinicdesk.store.JooqEnquiryRepository;
import org.clinicdesk.store.JooqPrivacyRepository;
import org.clinicdesk.store.JooqSheetRepository;
import org.clinicdesk.store.JooqStaffRepository;
import org.clinicdesk.store.JooqTodayRepository;
import org.clinicdesk.store.Timestamps;

/** A real temp database with a clinic, two centres, two conditions, staff, and the enquiry services over it. */
public final class EnquiryTestDesk implements AutoCloseable {
    public final Database db;
    public final CurrentUser currentUser = new CurrentUser();
    public final ClinicService clinic;
    public final JooqEnquiryRepository repository;
    public final EnquiryService enquiries;
    public final FollowUpQueue followUps;
    public final Centre bangalore;
    public final Centre hyderabad;
    public final MedicalCondition lupus;
    public final MedicalCondition arthritis;
    public final StaffMember reception;
    public final StaffMember manager;

    public EnquiryTestDesk(Path dir) {
        db = TestDb.open(dir);
        clinic = new ClinicService(new JooqClinicRepository(db, TestDb.CLOCK), db, currentUser,
                new JooqAuditLog(db, TestDb.CLOCK, currentUser));
        // reference rows written directly, so these tests do not depend on the settings rules
        String now = Timestamps.now(TestDb.CLOCK);
        db.writeVoid(ctx -> ctx.insertInto(CLINIC).set(CLINIC.ID, 1L).set(CLINIC.NAME, "Test Clinic")
                .set(CLINIC.CREATED_AT, now).set(CLINIC.UPDATED_AT, now).execute());
        bangalore = centre(new Centre(0, "Bangalore", "Bengaluru", "12 MG Road", "+918041234567", "+919845000001",
                "Hello {name}, this is {centre}. {address}", "", true));
        hyderabad = centre(Centre.newCentre("Hyderabad", "Hyderabad", "Road No. 3", "", ""));
        lupus = condition(MedicalCondition.newCondition("Systemic lupus erythematosus (SLE)", "lupus"));
        arthritis = condition(MedicalCondition.newCondition("Rheumatoid arthritis", "RA"));
        reception = staff("asha", "Asha Kulkarni", Role.RECEPTION);
        manager = staff("meera", "Meera Manager", Role.MANAGER);
        // choosing the desk's centre is a manager's setting
        currentUser.signIn(manager);
        clinic.chooseDeskCentre(bangalore);
        repository = new JooqEnquiryRepository(db);
        enquiries = new EnquiryService(repository, db, new JooqAuditLog(db, TestDb.CLOCK, currentUser), currentUser,
                TestDb.CLOCK);
        followUps = new FollowUpQueue(repository, TestDb.CLOCK);
        currentUser.signIn(reception);
    }

    private Centre centre(Centre c) {
        String now = Timestamps.now(TestDb.CLOCK);
        long id = db.write(ctx -> ctx.insertInto(CENTRE).set(CENTRE.NAME, c.name()).set(CENTRE.CITY, c.city())
                .set(CENTRE.ADDRESS, c.address()).set(CENTRE.PHONE, c.phone()).set(CENTRE.WHATSAPP, c.whatsapp())
                .set(CENTRE.WHATSAPP_TEMPLATE, c.whatsappTemplate()).set(CENTRE.CREATED_AT, now)
                .set(CENTRE.UPDATED_AT, now).returning(CENTRE.ID).fetchSingle().getId());
        return c.withId(id);
    }

    private MedicalCondition condition(MedicalCondition c) {
        String now = Timestamps.now(TestDb.CLOCK);
        long id = db.write(ctx -> ctx.insertInto(MEDICAL_CONDITION).set(MEDICAL_CONDITION.NAME, c.name())
                .set(MEDICAL_CONDITION.OTHER_NAMES, c.otherNames()).set(MEDICAL_CONDITION.CREATED_AT, now)
                .set(MEDICAL_CONDITION.UPDATED_AT, now).returning(MEDICAL_CONDITION.ID).fetchSingle().getId());
        return c.withId(id);
    }

    private StaffMember staff(String username, String name, Role role) {
        String now = Timestamps.now(TestDb.CLOCK);
        long id = db.write(ctx -> ctx.insertInto(STAFF).set(STAFF.USERNAME, username).set(STAFF.FULL_NAME, name)
                .set(STAFF.ROLE, role.name()).set(STAFF.CREATED_AT, now).set(STAFF.UPDATED_AT, now)
                .returning(STAFF.ID).fetchSingle().getId());
        return new StaffMember(id, username, name, role, true);
    }

    /** A walk-in at Bangalore with spoken consent. */
    public Enquiry.Builder walkIn(String name, String phone) {
        return Enquiry.builder().fullName(name).phone(phone).channel(Channel.WALK_IN).centreId(bangalore.id())
                .conditionIds(List.of(lupus.id())).consentMethod(phone == null ? null : ConsentMethod.SPOKEN);
    }

    public Enquiry record(String name, String phone) {
        return enquiries.save(walkIn(name, phone).build());
    }

    /** What the desk's screens get, over this database and this desk's signed-in person. */
    public org.clinicdesk.ui.shell.UiServices uiServices(org.clinicdesk.ui.common.TaskRunner tasks,
                                                         org.clinicdesk.ui.common.ExternalLinks links) {
        var audit = new JooqAuditLog(db, TestDb.CLOCK, currentUser);
        var staff = new JooqStaffRepository(db, TestDb.CLOCK);
        var hasher = org.clinicdesk.domain.staff.PasswordHasher.STANDARD;
        var clinicians = new JooqClinicianRepository(db, TestDb.CLOCK);
        var consultations = new JooqConsultationRepository(db, TestDb.CLOCK, currentUser);
        var booking = new org.clinicdesk.domain.consultation.ConsultationService(consultations, clinicians, clinic, db,
                currentUser, audit, TestDb.CLOCK);
        return new org.clinicdesk.ui.shell.UiServices(clinic, tasks, db.file(), false, enquiries, followUps, links,
                new org.clinicdesk.domain.staff.StaffService(staff, db, audit, currentUser, hasher),
                new org.clinicdesk.domain.staff.SignInService(staff, db, audit, currentUser, hasher, TestDb.CLOCK, false),
                new org.clinicdesk.domain.audit.AuditService(new JooqAuditTrail(db), audit,
                        new org.clinicdesk.document.AuditCsv(TestDb.ZONE), currentUser),
                new org.clinicdesk.domain.privacy.PrivacyService(new JooqPrivacyRepository(db), clinic, db, audit,
                        currentUser, TestDb.CLOCK), sheetServices(),
                new org.clinicdesk.domain.consultation.ClinicianService(clinicians, db, currentUser, audit), booking,
                new org.clinicdesk.domain.consultation.ConsultationStatusService(booking, consultations, db, currentUser,
                        audit),
                new org.clinicdesk.domain.today.TodayService(new JooqTodayRepository(db), booking));
    }

    /** The information-sheet services over the same database, for UI tests that build the whole shell. */
    public org.clinicdesk.ui.sheet.SheetServices sheetServices() {
        JooqSheetRepository sheets = new JooqSheetRepository(db, TestDb.CLOCK);
        JooqAuditLog audit = new JooqAuditLog(db, TestDb.CLOCK, currentUser);
        return new org.clinicdesk.ui.sheet.SheetServices(
                new org.clinicdesk.domain.sheet.SheetService(sheets, db, audit, currentUser, TestDb.CLOCK),
                new org.clinicdesk.domain.sheet.SheetOutput(new org.clinicdesk.domain.sheet.HandoutService(sheets, db, audit,
                        currentUser, TestDb.CLOCK), clinic, new org.clinicdesk.document.SheetPdfRenderer(), false));
    }

    @Override
    public void close() {
        db.close();
    }
}

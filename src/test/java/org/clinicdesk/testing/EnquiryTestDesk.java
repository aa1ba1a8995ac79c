package org.clinicdesk.testing;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.CLINIC;
import static org.clinicdesk.store.jooq.Tables.MEDICAL_CONDITION;
import static org.clinicdesk.store.jooq.Tables.STAFF;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.app.AppContext;
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
import org.clinicdesk.store.JooqEnquiryRepository;
import org.clinicdesk.store.Timestamps;

/**
 * The application's own wiring ({@link AppContext}) on a temp folder, with a clinic, two centres, two conditions and
 * staff written straight into the tables, and reception signed in.
 */
public final class EnquiryTestDesk implements AutoCloseable {
    public final AppContext context;
    public final Database db;
    public final CurrentUser currentUser;
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
        context = AppContext.open(dir, false, TestDb.CLOCK);
        db = context.database();
        currentUser = context.currentUser();
        clinic = context.clinicService();
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
        enquiries = context.enquiryService();
        followUps = context.followUpQueue();
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

    /** What the desk's screens get: the application's own {@link AppContext#uiServices}. */
    public org.clinicdesk.ui.shell.UiServices uiServices(org.clinicdesk.ui.common.TaskRunner tasks,
                                                         org.clinicdesk.ui.common.ExternalLinks links) {
        return context.uiServices(tasks, links);
    }

    @Override
    public void close() {
        context.close();
    }
}

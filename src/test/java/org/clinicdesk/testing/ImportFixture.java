package org.clinicdesk.testing;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.STAFF;

import java.nio.charset.StandardCharsets;
import org.clinicdesk.document.csv.CsvReading;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.enquiry.EnquiryService;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.domain.transfer.CsvTable;
import org.clinicdesk.domain.transfer.ImportService;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.JooqAuditLog;
import org.clinicdesk.store.JooqClinicRepository;
import org.clinicdesk.store.JooqEnquiryRepository;
import org.clinicdesk.store.transfer.JooqColumnMappings;

/** A clinic with two centres and the import wired to the real store, with a manager signed in. */
public final class ImportFixture {
    public final Database db;
    public final CurrentUser user = new CurrentUser();
    public final AuditLog audit;
    public final EnquiryService enquiries;
    public final ImportService imports;
    public final long bangalore;
    public final long hyderabad;

    public ImportFixture(Database db) {
        this.db = db;
        JooqClinicRepository clinic = new JooqClinicRepository(db, TestDb.CLOCK);
        clinic.saveClinic(Clinic.named("Deccan Rheumatology"));
        bangalore = centre(db, "Bangalore");
        hyderabad = centre(db, "Hyderabad");
        audit = new JooqAuditLog(db, TestDb.CLOCK, user);
        // the import writes through the desk's own services, wired as AppContext wires them
        enquiries = new EnquiryService(new JooqEnquiryRepository(db), db, audit, user, TestDb.CLOCK,
                new OutputFiles(java.util.List.of(db.file()), java.util.List::of, audit));
        ClinicService clinicService = new ClinicService(clinic, db, user, audit);
        imports = new ImportService(new JooqColumnMappings(db, TestDb.CLOCK), enquiries, clinicService, db, user, audit,
                TestDb.CLOCK);
        signIn(Role.MANAGER);
    }

    /** Inserted directly, so the fixture needs no signed-in manager. */
    private static long centre(Database db, String name) {
        return db.write(ctx -> ctx.insertInto(CENTRE).set(CENTRE.NAME, name).set(CENTRE.CITY, name)
                .set(CENTRE.CREATED_AT, "2026-11-25T04:30:00.000Z").set(CENTRE.UPDATED_AT, "2026-11-25T04:30:00.000Z")
                .returning(CENTRE.ID).fetchSingle().getId());
    }

    public StaffMember signIn(Role role) {
        long id = db.write(ctx -> ctx.insertInto(STAFF).set(STAFF.USERNAME, role.name().toLowerCase() + System.nanoTime())
                .set(STAFF.FULL_NAME, "Test " + role).set(STAFF.ROLE, role.name())
                .set(STAFF.CREATED_AT, "2026-11-25T04:30:00.000Z").set(STAFF.UPDATED_AT, "2026-11-25T04:30:00.000Z")
                .returning(STAFF.ID).fetchSingle().getId());
        StaffMember member = new StaffMember(id, "user" + id, "Test " + role, role, true);
        user.signIn(member);
        return member;
    }

    public static CsvTable csv(String text) {
        return CsvReading.parse(text.getBytes(StandardCharsets.UTF_8), "test.csv");
    }

    public int enquiryCount() {
        return db.read(ctx -> ctx.fetchCount(org.clinicdesk.store.jooq.Tables.ENQUIRY));
    }
}

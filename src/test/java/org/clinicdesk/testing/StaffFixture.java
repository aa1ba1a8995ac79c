package org.clinicdesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffMember;

/** A real data folder with the clinic set up, a first manager signed in, and helpers to add staff. */
public final class StaffFixture implements AutoCloseable {
    public static final String MANAGER_PASSWORD = "lotus pond at dawn";
    public static final String STAFF_PASSWORD = "monsoon tea 4 two";
    public final AppContext context;
    public final StaffMember manager;

    private StaffFixture(AppContext context, StaffMember manager) {
        this.context = context;
        this.manager = manager;
    }

    public static StaffFixture open(Path dir, Clock clock) {
        AppContext context = AppContext.open(dir.resolve("data"), false, clock);
        context.clinicService().completeFirstStart("Deccan Rheumatology Clinic",
                new Centre(0, "Bangalore — Indiranagar", "Bengaluru", "", "", "", "", "", true));
        StaffMember manager = context.staffService().createFirstManager("Asha Manager", "asha", MANAGER_PASSWORD);
        return new StaffFixture(context, manager);
    }

    /** Adds an account (as the manager) and leaves the manager signed in. */
    public StaffMember add(String username, Role role) {
        return context.staffService().addStaff("Person " + username, username, role, STAFF_PASSWORD);
    }

    public void signInAs(StaffMember member) {
        context.currentUser().signIn(member);
    }

    @Override
    public void close() {
        context.close();
    }
}

package org.clinicdesk.domain.staff;

/** A member of staff as the rest of the program sees them (no password material). */
public record StaffMember(long id, String username, String fullName, Role role, boolean active) {
    /**
     * Who acts for a job run from the command line (--import, and any other command that signs it in): whoever can
     * run ClinicDesk on the data folder can read the file itself, so the job may do what a manager may. It is no
     * staff row: what it writes has no staff id, and its audit entries say "command line".
     */
    public static final StaffMember COMMAND_LINE = new StaffMember(0, "command-line", "Command line", Role.MANAGER, true);

    public boolean may(Permission permission) {
        return active && permission.grantedTo(role);
    }

    public boolean isCommandLine() {
        return equals(COMMAND_LINE);
    }

    /** The id to store as "who did it" (created_by, staff_id): null for the command line, which has no staff row. */
    public Long staffId() {
        return isCommandLine() ? null : id;
    }

    @Override
    public String toString() {
        return fullName;
    }
}

package org.clinicdesk.domain.staff;

/** A member of staff as the rest of the program sees them (no password material). */
public record StaffMember(long id, String username, String fullName, Role role, boolean active) {
    public boolean may(Permission permission) {
        return active && permission.grantedTo(role);
    }

    @Override
    public String toString() {
        return fullName;
    }
}

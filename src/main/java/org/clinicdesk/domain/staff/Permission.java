package org.clinicdesk.domain.staff;

import java.util.EnumSet;
import java.util.Set;

/** What a role may do. Checked in the domain services, not only by hiding buttons. */
public enum Permission {
    /** See enquiries, consultations, sheets and the day at the desk: anyone signed in, nobody else. */
    VIEW_DESK(Role.RECEPTION, Role.CLINICIAN, Role.MANAGER),
    RECORD_ENQUIRY(Role.RECEPTION, Role.CLINICIAN, Role.MANAGER),
    BOOK_CONSULTATION(Role.RECEPTION, Role.CLINICIAN, Role.MANAGER),
    PRINT_APPROVED_SHEET(Role.RECEPTION, Role.CLINICIAN, Role.MANAGER),
    EDIT_SHEET(Role.CLINICIAN, Role.MANAGER),
    REVIEW_SHEET(Role.CLINICIAN, Role.MANAGER),
    PRINT_DRAFT_SHEET(Role.CLINICIAN, Role.MANAGER),
    MANAGE_STAFF(Role.MANAGER),
    MANAGE_SETTINGS(Role.MANAGER),
    BACKUP_RESTORE(Role.MANAGER),
    EXPORT_DATA(Role.MANAGER),
    ERASE_PERSONAL_DATA(Role.MANAGER),
    VIEW_AUDIT(Role.MANAGER),
    VIEW_REPORTS(Role.MANAGER),
    VIEW_SHEET_REPORT(Role.CLINICIAN, Role.MANAGER);

    private final Set<Role> roles;

    Permission(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }
}

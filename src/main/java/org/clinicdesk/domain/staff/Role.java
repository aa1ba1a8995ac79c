package org.clinicdesk.domain.staff;

/** What a member of staff does at the clinic; permissions follow from it. */
public enum Role {
    RECEPTION, CLINICIAN, MANAGER
}

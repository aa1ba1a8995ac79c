package org.clinicdesk.domain.consultation;

/** How the consultation takes place. */
public enum ConsultationMode {
    IN_PERSON, VIDEO, PHONE
}

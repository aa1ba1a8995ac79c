package org.clinicdesk.domain.staff;

import org.clinicdesk.domain.common.ClinicDeskException;

/** The signed-in person's role does not allow this. */
public final class PermissionDeniedException extends ClinicDeskException {
    public PermissionDeniedException(String message) {
        super(message);
    }
}

package org.clinicdesk.domain.staff;

import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/** The signed-in person's role does not allow this. */
public final class PermissionDeniedException extends ClinicDeskException {
    public PermissionDeniedException(UserMessage message) {
        super(message);
    }

    public PermissionDeniedException(String message) {
        super(message);
    }
}

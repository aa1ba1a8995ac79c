package org.clinicdesk.domain.staff;

import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/** Sign-in refused: wrong name or password, a locked or deactivated account. The message says what to do. */
public final class SignInException extends ClinicDeskException {
    public SignInException(UserMessage message) {
        super(message);
    }

    public SignInException(String message) {
        super(message);
    }
}

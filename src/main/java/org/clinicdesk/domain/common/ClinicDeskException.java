package org.clinicdesk.domain.common;

/** A failure with a message a receptionist can act on; the message is shown to the user as it is. */
public class ClinicDeskException extends RuntimeException {
    public ClinicDeskException(String message) {
        super(message);
    }

    public ClinicDeskException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.clinicdesk.domain.common;

import java.util.Optional;

/**
 * A failure with a message a receptionist can act on. The message is a {@link UserMessage} (a key in
 * messages.properties and its arguments) that the UI words for the reader; {@link #getMessage()} is its English text.
 * The plain-text constructors are for messages not yet moved into messages.properties: the UI shows those as they are.
 */
public class ClinicDeskException extends RuntimeException {
    private final transient UserMessage userMessage;

    public ClinicDeskException(UserMessage message) {
        super(message.english());
        this.userMessage = message;
    }

    public ClinicDeskException(UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.userMessage = message;
    }

    public ClinicDeskException(String message) {
        super(message);
        this.userMessage = null;
    }

    public ClinicDeskException(String message, Throwable cause) {
        super(message, cause);
        this.userMessage = null;
    }

    /** The key and arguments, once this failure's message is in messages.properties. */
    public Optional<UserMessage> userMessage() {
        return Optional.ofNullable(userMessage);
    }
}

package org.clinicdesk.domain.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Input that cannot be saved: one message per field, keyed by field name. A message is a {@link UserMessage} the UI
 * words for the reader, or (not yet in messages.properties) plain text shown as it is.
 */
public final class ValidationException extends ClinicDeskException {
    private final Map<String, String> fieldErrors;
    private final transient Map<String, UserMessage> keyed;

    /** Plain-text messages per field, for messages not yet in messages.properties. */
    public ValidationException(Map<String, String> fieldErrors) {
        this(fieldErrors, Map.of());
    }

    public ValidationException(String field, String message) {
        this(Map.of(field, message));
    }

    public ValidationException(String field, UserMessage message) {
        this(Map.of(field, message.english()), Map.of(field, message));
    }

    private ValidationException(Map<String, String> english, Map<String, UserMessage> keyed) {
        super(String.join(" ", english.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(english));
        this.keyed = Collections.unmodifiableMap(new LinkedHashMap<>(keyed));
    }

    /** One message per field, each a key and its arguments; kept in the order given. */
    public static ValidationException of(Map<String, UserMessage> messages) {
        Map<String, String> english = new LinkedHashMap<>();
        messages.forEach((field, m) -> english.put(field, m.english()));
        return new ValidationException(english, messages);
    }

    /** The message of each field in English (logs, tests). */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The message of each field as {@code wording} words a keyed one; plain-text ones as they are. */
    public Map<String, String> fieldErrors(Function<UserMessage, String> wording) {
        Map<String, String> worded = new LinkedHashMap<>(fieldErrors);
        keyed.forEach((field, m) -> worded.put(field, wording.apply(m)));
        return worded;
    }
}

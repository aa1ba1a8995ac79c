package org.clinicdesk.domain.common;

import java.util.Map;

/** Input that cannot be saved: one plain message per field, keyed by field name. */
public final class ValidationException extends ClinicDeskException {
    private final Map<String, String> fieldErrors;

    public ValidationException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public ValidationException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}

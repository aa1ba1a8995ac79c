package org.clinicdesk.ui.common;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.clinicdesk.domain.common.ValidationException;

/** Field errors and a form-level error of one form, as observable state for its view. */
public final class FormErrors {
    private final ObservableMap<String, String> fields = FXCollections.observableHashMap();
    private final javafx.beans.property.StringProperty form = new javafx.beans.property.SimpleStringProperty("");

    public ObservableMap<String, String> fields() {
        return fields;
    }

    /** The message for one field, or "" when it is fine. */
    public StringBinding field(String name) {
        return Bindings.createStringBinding(() -> fields.getOrDefault(name, ""), fields);
    }

    public javafx.beans.property.StringProperty form() {
        return form;
    }

    public void clear() {
        fields.clear();
        form.set("");
    }

    public void set(Map<String, String> errors) {
        fields.clear();
        fields.putAll(errors);
    }

    /** Shows a failure: field messages beside the fields, anything else as a form message. */
    public void show(Throwable failure) {
        if (failure instanceof ValidationException v) {
            set(v.fieldErrors(Messages::format));
            form.set(Messages.get("form.fixFields"));
        } else {
            form.set(Messages.failure(failure));
        }
    }

    public boolean isEmpty() {
        return fields.isEmpty() && form.get().isEmpty();
    }
}

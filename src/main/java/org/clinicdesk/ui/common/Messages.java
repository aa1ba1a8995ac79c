package org.clinicdesk.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.common.ValidationException;

/** Every user-visible string, from {@code org/clinicdesk/messages.properties}; domain messages included. */
public final class Messages {
    public static final String BUNDLE = UserMessage.BUNDLE;
    private static final ResourceBundle STRINGS = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private Messages() {
    }

    public static String get(String key) {
        return STRINGS.getString(key);
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }

    /** A message a domain service reported (a key and its arguments), in the reader's language. */
    public static String format(UserMessage message) {
        return message.wordedBy(STRINGS, Locale.getDefault());
    }

    /**
     * What a person reads for a failure: a domain exception's {@link UserMessage} worded from this bundle, else the
     * exception's own text (messages not yet moved into messages.properties).
     */
    public static String describe(Throwable failure) {
        if (failure instanceof ValidationException v) {
            return String.join(" ", v.fieldErrors(Messages::format).values());
        }
        if (failure instanceof ClinicDeskException e && e.userMessage().isPresent()) {
            return format(e.userMessage().get());
        }
        return failure.getMessage();
    }

    /** A failure as a form or status line shows it: a domain message as it is, anything else as unexpected. */
    public static String failure(Throwable failure) {
        return failure instanceof ClinicDeskException ? describe(failure)
                : format("form.unexpected", String.valueOf(failure.getMessage()));
    }

    public static boolean has(String key) {
        try {
            STRINGS.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    public static ResourceBundle bundle() {
        return STRINGS;
    }
}

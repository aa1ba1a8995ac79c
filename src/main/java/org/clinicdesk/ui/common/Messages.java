package org.clinicdesk.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-visible string, from {@code org/clinicdesk/ui/messages.properties}. */
public final class Messages {
    public static final String BUNDLE = "org.clinicdesk.ui.messages";
    private static final ResourceBundle STRINGS = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private Messages() {
    }

    public static String get(String key) {
        return STRINGS.getString(key);
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
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

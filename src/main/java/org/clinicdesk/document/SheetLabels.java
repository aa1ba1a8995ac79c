package org.clinicdesk.document;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The printed words around a sheet's own text, from {@code sheet-labels.properties}. */
final class SheetLabels {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.clinicdesk.document.sheet-labels", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private SheetLabels() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }

    static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.ENGLISH).format(args);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}

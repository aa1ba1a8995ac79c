package org.clinicdesk.document;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.clinicdesk.domain.common.DateFormats;

/** The printed words around a sheet's own text, from {@code sheet-labels.properties}. */
final class SheetLabels {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.clinicdesk.document.sheet-labels", Locale.ROOT);

    private SheetLabels() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }

    static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.ENGLISH).format(args);
    }

    static String date(LocalDate date) {
        return DateFormats.DATE.format(date);
    }
}

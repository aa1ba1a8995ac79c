package org.clinicdesk.document;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.clinicdesk.domain.common.DateFormats;

/**
 * The printed words around a sheet's own text, in the sheet's language: {@code sheet-labels_LANG.properties}, English
 * ({@code sheet-labels.properties}) for English and for any key a translation lacks. Dates in that language too.
 */
final class SheetLabels {
    private static final String BUNDLE = "org.clinicdesk.document.sheet-labels";
    private final ResourceBundle bundle;
    private final Locale locale;

    SheetLabels(String language) {
        this(language, BUNDLE);
    }

    /** The labels of another printed document in that language, e.g. {@code org.clinicdesk.document.booking-slip}. */
    SheetLabels(String language, String bundleBaseName) {
        this.locale = language == null || language.isBlank() || language.equals("en") ? Locale.ROOT
                : Locale.of(language);
        this.bundle = ResourceBundle.getBundle(bundleBaseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Arguments are passed as text (page numbers, versions), so no digit grouping or locale digits creep in. */
    String format(String key, Object... args) {
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(get(key), Locale.ENGLISH).format(text);
    }

    String date(LocalDate date) {
        return DateFormats.DATE.withLocale(locale == Locale.ROOT ? Locale.ENGLISH : locale).format(date);
    }
}

package org.clinicdesk.domain.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The languages a visitor may read better than English, for sheets, handouts, enquiries and booking slips. Stored by
 * its ISO 639-1 {@link #code()} (sheet versions and handouts have always used it); {@link #OTHER} stands for any other
 * language (stored as "other"), in which no sheet is bundled. The names shown to a person come from messages.properties:
 * {@link #labelKey()} ("Kannada") and {@link #nativeNameKey()} ("ಕನ್ನಡ").
 */
public enum Language {
    ENGLISH("en"), HINDI("hi"), KANNADA("kn"), TELUGU("te"), URDU("ur"), OTHER("other");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** "en", "hi", "kn", "te", "ur" or "other". */
    public String code() {
        return code;
    }

    /** The locale to look label bundles up with ({@code Locale.ROOT} for English and other). */
    public Locale locale() {
        return this == ENGLISH || this == OTHER ? Locale.ROOT : Locale.of(code);
    }

    /** Urdu is written right to left. */
    public boolean rightToLeft() {
        return this == URDU;
    }

    /** Sheets are written first in English; every other language is a translation of an English version. */
    public boolean isEnglish() {
        return this == ENGLISH;
    }

    /** The message key of its English name, e.g. {@code language.name.KANNADA} = "Kannada". */
    public String labelKey() {
        return "language.name." + name();
    }

    /** The message key of its name in its own script, e.g. {@code language.native.KANNADA} = "ಕನ್ನಡ". */
    public String nativeNameKey() {
        return "language.native." + name();
    }

    /** The languages sheets are written in (all but {@link #OTHER}), English first. */
    public static List<Language> sheetLanguages() {
        return Arrays.stream(values()).filter(l -> l != OTHER).toList();
    }

    /** The language of a stored code; an unknown or blank code is {@link #OTHER}, null is English (the default). */
    public static Language ofCode(String code) {
        if (code == null) {
            return ENGLISH;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(c)).findFirst().orElse(OTHER);
    }
}

package org.clinicdesk.ui.common;

import javafx.util.StringConverter;
import org.clinicdesk.domain.common.Language;

/** Languages as the interface names them ("Kannada"), for combo boxes, lists and messages. */
public final class LanguageNames {
    private LanguageNames() {
    }

    public static String of(Language language) {
        return language == null ? "" : Messages.get(language.labelKey());
    }

    /** The name of a stored language code ("kn" → "Kannada"; a code the clinic invented shows as it is). */
    public static String ofCode(String code) {
        Language l = Language.ofCode(code);
        return l == Language.OTHER ? code : of(l);
    }

    /** @param noneKey the message shown for null (not asked, or any language) */
    public static StringConverter<Language> converter(String noneKey) {
        return new StringConverter<>() {
            @Override
            public String toString(Language value) {
                return value == null ? Messages.get(noneKey) : of(value);
            }

            @Override
            public Language fromString(String text) {
                for (Language l : Language.values()) {
                    if (of(l).equals(text)) {
                        return l;
                    }
                }
                return null;
            }
        };
    }
}

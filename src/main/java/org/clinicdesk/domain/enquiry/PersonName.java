package org.clinicdesk.domain.enquiry;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A person's name as ClinicDesk stores it, whoever typed or imported it: Unicode NFC, spaces trimmed and collapsed
 * (tabs, line breaks and no-break spaces count as spaces), and without the invisible characters that are never part
 * of a name but stop a search from matching it: zero-width space, byte-order mark, soft hyphen, word joiner and
 * direction marks, embeddings and isolates. Zero-width joiner and non-joiner stay: Indian scripts and Urdu spell
 * with them (ZWNJ in Kannada and Persian-style Urdu; ZWJ for half forms in Devanagari).
 */
public final class PersonName {
    private PersonName() {
    }

    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String nfc = Normalizer.normalize(typed, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (invisible(cp)) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** The form two names are compared in (re-import, duplicates): normalised and case-folded. */
    public static String key(String name) {
        return normalise(name).toLowerCase(Locale.ROOT);
    }

    /** Characters that show as nothing and never belong in a name; ZWJ (U+200D) and ZWNJ (U+200C) are kept. */
    static boolean invisible(int cp) {
        return cp == 0x200B // zero-width space
                || cp == 0xFEFF // byte-order mark / zero-width no-break space
                || cp == 0x00AD // soft hyphen
                || cp == 0x2060 // word joiner
                || cp == 0x180E // Mongolian vowel separator (was a zero-width space)
                || cp == 0x200E || cp == 0x200F // left-to-right and right-to-left marks
                || cp == 0x061C // Arabic letter mark
                || (cp >= 0x202A && cp <= 0x202E) // embeddings and overrides
                || (cp >= 0x2066 && cp <= 0x2069); // isolates
    }
}

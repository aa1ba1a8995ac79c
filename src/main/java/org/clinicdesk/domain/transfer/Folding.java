package org.clinicdesk.domain.transfer;

import java.text.Normalizer;
import java.util.Locale;

/** The form two spellings are compared in: accents and case ignored, spaces and punctuation collapsed. */
final class Folding {
    private Folding() {
    }

    /** "Bengalūru", "BENGALURU " and "bengaluru" fold alike; letters of any script are kept. */
    static String fold(String text) {
        String d = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        d = d.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return d.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

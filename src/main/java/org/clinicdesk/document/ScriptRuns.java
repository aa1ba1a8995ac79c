package org.clinicdesk.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Cuts text into runs of one script family. Characters of no script (spaces, digits, punctuation, ZWNJ/ZWJ) join the
 * run before them; an opening bracket or quote and what follows it join the next run, so "word (English)" breaks
 * as "word " + "(English)" and a closing bracket stays with its word.
 */
final class ScriptRuns {
    record Run(String family, String text) {
    }

    private ScriptRuns() {
    }

    static List<Run> split(String text, IntFunction<String> familyOf) {
        return split(text, familyOf, null);
    }

    /**
     * @param rightToLeftFamily in a right-to-left document, the family of its script: spaces and dashes between a
     *     left-to-right run and one of this family belong to the right-to-left run (as the Unicode bidi rules resolve
     *     them), so they are drawn on its side; a closing bracket or full stop stays with its word
     */
    static List<Run> split(String text, IntFunction<String> familyOf, String rightToLeftFamily) {
        List<Run> runs = new ArrayList<>();
        String family = null;
        StringBuilder current = new StringBuilder();
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String f = familyOf.apply(cp);
            if (f == null) {
                pending.appendCodePoint(cp);
                continue;
            }
            if (family == null || f.equals(family)) {
                current.append(pending).appendCodePoint(cp);
            } else {
                int cut = f.equals(rightToLeftFamily) ? closingEnd(pending) : openingAt(pending);
                current.append(pending, 0, cut);
                runs.add(new Run(family, current.toString()));
                current.setLength(0);
                current.append(pending, cut, pending.length()).appendCodePoint(cp);
            }
            family = f;
            pending.setLength(0);
        }
        current.append(pending);
        if (!current.isEmpty()) {
            runs.add(new Run(family == null ? familyOf.apply('a') : family, current.toString()));
        }
        return runs;
    }

    /** Where the closing brackets and stops right after a word end. */
    private static int closingEnd(CharSequence neutrals) {
        int cut = 0;
        while (cut < neutrals.length() && ")]}\u201D\u2019.,;:!?".indexOf(neutrals.charAt(cut)) >= 0) {
            cut++;
        }
        return cut;
    }

    /** Where the trailing opening brackets of the neutral characters begin (their length if there are none). */
    private static int openingAt(CharSequence neutrals) {
        int cut = neutrals.length();
        while (cut > 0 && PdfFonts.opening(neutrals.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }
}

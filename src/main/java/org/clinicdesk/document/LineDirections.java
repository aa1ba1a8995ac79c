package org.clinicdesk.document;

/**
 * Which characters of a line in a right-to-left paragraph (Urdu) are drawn right to left: the Unicode bidi rules,
 * simplified for what sheets hold, with one deliberate change. Arabic-script letters run right to left; Latin,
 * Indic letters and digits left to right. Spaces and punctuation between two left-to-right characters stay in the
 * left-to-right run, so "+91 80 4123 4567", "100,000", an e-mail address or "(systemic lupus erythematosus, SLE)" keep
 * their own order (strict bidi would reverse a phone number's groups, since numbers count as right to left for the
 * spaces between them); an opening bracket or sign right before such a run and a closing bracket right after it join
 * it. Every other space and punctuation mark takes the paragraph's direction, right to left. Marks and joiners go
 * with the letter before them.
 */
final class LineDirections {
    private static final String OPENS = "([{+#$\u20B9";
    private static final String CLOSES = ")]}%";
    private static final String NUMBER_MARKS = ".,:/-";
    private static final byte NEUTRAL = 0;
    private static final byte RTL = 1;
    private static final byte LTR = 2;

    private LineDirections() {
    }

    /** For each char of {@code text}: true where it is drawn right to left. */
    static boolean[] rightToLeft(String text) {
        int n = text.length();
        byte[] type = new byte[n];
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            byte t = strong(cp, i == 0 ? NEUTRAL : type[i - 1]);
            int len = Character.charCount(cp);
            for (int k = 0; k < len; k++) {
                type[i + k] = t;
            }
            i += len;
        }
        for (int i = 0; i < n; ) {
            if (type[i] != NEUTRAL) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && type[j] == NEUTRAL) {
                j++;
            }
            resolve(text, type, i, j);
            i = j;
        }
        boolean[] rtl = new boolean[n];
        for (int i = 0; i < n; i++) {
            rtl[i] = type[i] == RTL;
        }
        return rtl;
    }

    /** The neutrals in [from, to): left to right between two left-to-right characters, else right to left. */
    private static void resolve(String text, byte[] type, int from, int to) {
        boolean ltrBefore = from > 0 && type[from - 1] == LTR;
        boolean ltrAfter = to < type.length && type[to] == LTR;
        byte between = ltrBefore && ltrAfter && joinsNumbers(text, from, to) ? LTR : RTL;
        for (int i = from; i < to; i++) {
            type[i] = between;
        }
        if (between == LTR) {
            return;
        }
        for (int i = from; ltrBefore && i < to && CLOSES.indexOf(text.charAt(i)) >= 0; i++) {
            type[i] = LTR;
        }
        for (int i = to - 1; ltrAfter && i >= from && OPENS.indexOf(text.charAt(i)) >= 0; i--) {
            type[i] = LTR;
        }
    }

    /**
     * Whether neutrals between two left-to-right characters belong to one left-to-right phrase: always between
     * letters ("Bangalore — Indiranagar"), but next to a digit only spaces and the marks inside a number, a date or a
     * phone number ("+91 80 4123 4567", "100,000", "10:30"); anything else ("10:30 · 30") separates two numbers that
     * are read right to left one after the other.
     */
    private static boolean joinsNumbers(String text, int from, int to) {
        boolean digits = Character.isDigit(text.codePointBefore(from)) || Character.isDigit(text.codePointAt(to));
        if (!digits) {
            return true;
        }
        String between = text.substring(from, to);
        return between.isBlank() || between.strip().length() == 1 && NUMBER_MARKS.indexOf(between.strip().charAt(0)) >= 0;
    }

    private static byte strong(int cp, byte previous) {
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> RTL;
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT, Character.DIRECTIONALITY_EUROPEAN_NUMBER,
                 Character.DIRECTIONALITY_ARABIC_NUMBER -> LTR;
            // combining marks, ZWNJ and ZWJ belong to the letter before them
            case Character.DIRECTIONALITY_NONSPACING_MARK, Character.DIRECTIONALITY_BOUNDARY_NEUTRAL -> previous;
            default -> NEUTRAL;
        };
    }
}

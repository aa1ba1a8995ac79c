package org.clinicdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What was typed in the search box, turned into an FTS5 trigram query: four or more phone digits search the phone
 * forms; other text searches name, e-mail and city by its words of three or more characters; shorter words narrow
 * the name with LIKE.
 */
record EnquirySearchText(String lowered, String ftsQuery, String phoneDigits, List<String> shortWords) {
    static final int MIN_PHONE_DIGITS = 4;

    static EnquirySearchText parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new EnquirySearchText("", null, null, List.of());
        }
        if (text.matches("[+\\d\\s\\-().]+")) {
            String digits = text.replaceAll("\\D", "");
            if (digits.startsWith("00")) {
                digits = digits.substring(2);
            } else if (digits.startsWith("0")) {
                digits = digits.substring(1); // trunk prefix "098450..." is not stored
            }
            if (digits.length() < MIN_PHONE_DIGITS) {
                return new EnquirySearchText("", null, null, List.of());
            }
            return new EnquirySearchText(digits, "phones : " + phrase(digits), digits, List.of());
        }
        String lowered = text.toLowerCase(Locale.ROOT);
        List<String> phrases = new ArrayList<>();
        List<String> shortWords = new ArrayList<>();
        for (String word : lowered.split("\\s+")) {
            if (word.codePointCount(0, word.length()) >= 3) {
                phrases.add(phrase(word));
            } else {
                shortWords.add(word);
            }
        }
        String fts = phrases.isEmpty() ? null : "{full_name email city} : (" + String.join(" AND ", phrases) + ")";
        return new EnquirySearchText(lowered, fts, null, shortWords);
    }

    boolean isEmpty() {
        return ftsQuery == null && shortWords.isEmpty();
    }

    private static String phrase(String word) {
        return "\"" + word.replace("\"", "\"\"") + "\"";
    }
}

package org.clinicdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What was typed in the search box, turned into FTS5 trigram queries in rank order: four or more phone digits search
 * the phone forms; other text searches name, e-mail and city by its words of three or more characters, and shorter
 * words narrow the name with LIKE. {@link #tiers()} gives, best first, the queries whose results make up the list.
 */
record EnquirySearchTerms(String lowered, String ftsQuery, String phoneDigits, List<String> shortWords) {
    static final int MIN_PHONE_DIGITS = 4;

    /** One rank of results: an FTS5 MATCH expression (null for exact matches, found through ordinary indexes). */
    record Tier(String match) {
    }

    static EnquirySearchTerms parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new EnquirySearchTerms("", null, null, List.of());
        }
        if (text.matches("[+\\d\\s\\-().]+")) {
            String digits = text.replaceAll("\\D", "");
            if (digits.startsWith("00")) {
                digits = digits.substring(2);
            } else if (digits.startsWith("0")) {
                digits = digits.substring(1); // trunk prefix "098450..." is not stored
            }
            if (digits.length() < MIN_PHONE_DIGITS) {
                return new EnquirySearchTerms("", null, null, List.of());
            }
            return new EnquirySearchTerms(digits, "phones : " + phrase(digits), digits, List.of());
        }
        String lowered = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<String> phrases = new ArrayList<>();
        List<String> shortWords = new ArrayList<>();
        for (String word : lowered.split(" ")) {
            if (word.codePointCount(0, word.length()) >= 3) {
                phrases.add(phrase(word));
            } else {
                shortWords.add(word);
            }
        }
        String fts = phrases.isEmpty() ? null : "{full_name email city} : (" + String.join(" AND ", phrases) + ")";
        return new EnquirySearchTerms(lowered, fts, null, shortWords);
    }

    boolean isEmpty() {
        return ftsQuery == null && shortWords.isEmpty();
    }

    boolean isPhone() {
        return phoneDigits != null;
    }

    /**
     * Exact matches, then matches at the start of the name (or of a phone number), then at the start of a later word,
     * then anywhere. Each tier excludes the ones before it, so a page can be read tier by tier, newest first.
     */
    List<Tier> tiers() {
        String column = isPhone() ? "phones" : "full_name";
        String start = column + " : ^" + phrase(lowered);
        String wordStart = column + " : " + phrase(" " + lowered);
        List<Tier> out = new ArrayList<>();
        out.add(new Tier(null));
        if (isPhone()) {
            String starts = "(" + start + ") OR (" + wordStart + ")";
            out.add(new Tier(starts));
            out.add(new Tier("(" + ftsQuery + ") NOT (" + starts + ")"));
        } else {
            out.add(new Tier(start));
            out.add(new Tier("(" + wordStart + ") NOT (" + start + ")"));
            out.add(new Tier("(" + ftsQuery + ") NOT ((" + start + ") OR (" + wordStart + "))"));
        }
        return out;
    }

    private static String phrase(String word) {
        return "\"" + word.replace("\"", "\"\"") + "\"";
    }
}

package org.clinicdesk.domain.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flesch Reading Ease and Flesch–Kincaid grade of English text, and the sentences that are too long. Syllables are
 * counted by a vowel-group rule (good to about one syllable in ten words, like every tool that does this).
 */
public final class Readability {
    /** Sentences with more words than this are listed as too long. */
    public static final int LONG_SENTENCE_WORDS = 25;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u0964\u0965\u06D4\u061F])[\"')\\]]*\\s+");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

    private Readability() {
    }

    /** The scores of a text: sentences, words, syllables, and the two formulas. */
    public record Score(int sentences, int words, int syllables, double readingEase, double grade,
                        List<String> longSentences) {
        public static final Score EMPTY = new Score(0, 0, 0, 0, 0, List.of());

        /** Average words per sentence: the figure shown for languages no reading-ease formula is validated for. */
        public double wordsPerSentence() {
            return sentences == 0 ? 0 : (double) words / sentences;
        }
    }

    /** Scores Markdown: each heading and list item counts as a sentence of its own; marks and link targets are dropped. */
    public static Score ofMarkdown(String markdown) {
        return of(plainSentencesText(markdown));
    }

    /**
     * Scores plain text where sentences end with . ! or ? (and the Devanagari danda, the Urdu full stop and question
     * mark), and line breaks end a sentence too.
     */
    public static Score of(String text) {
        List<String> sentences = sentences(text);
        int words = 0;
        int syllables = 0;
        List<String> tooLong = new ArrayList<>();
        for (String s : sentences) {
            List<String> ws = words(s);
            words += ws.size();
            for (String w : ws) {
                syllables += syllables(w);
            }
            if (ws.size() > LONG_SENTENCE_WORDS) {
                tooLong.add(s);
            }
        }
        if (words == 0) {
            return Score.EMPTY;
        }
        double wordsPerSentence = (double) words / sentences.size();
        double syllablesPerWord = (double) syllables / words;
        double ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
        double grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
        return new Score(sentences.size(), words, syllables, ease, grade, List.copyOf(tooLong));
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            for (String s : SENTENCE_END.split(line.strip())) {
                if (!words(s).isEmpty()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        for (String token : sentence.split("[\\s/–—]+")) {
            String w = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Vowel groups, after dropping a silent final e and an -es or -ed that adds no syllable; at least one. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        if (w.endsWith("es") && !w.matches(".*(?:[sxzc]|[cs]h|g)es")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ed") && !w.matches(".*[td]ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.startsWith("y")) {
            w = w.substring(1);
        }
        int count = 0;
        var m = VOWEL_GROUP.matcher(w);
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    /** Markdown to one sentence-bearing line per paragraph, heading and list item. */
    static String plainSentencesText(String markdown) {
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            boolean heading = line.startsWith("#");
            boolean item = LIST_MARK.matcher(line).find();
            if (line.isEmpty() || heading || item) {
                flush(paragraph, out);
            }
            if (line.isEmpty()) {
                continue;
            }
            String text = clean(LIST_MARK.matcher(line.replaceFirst("^#+\\s*", "")).replaceFirst(""));
            if (heading || item) {
                out.append(endSentence(text)).append('\n');
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(text);
            }
        }
        flush(paragraph, out);
        return out.toString();
    }

    private static void flush(StringBuilder paragraph, StringBuilder out) {
        if (!paragraph.isEmpty()) {
            out.append(endSentence(paragraph.toString())).append('\n');
            paragraph.setLength(0);
        }
    }

    private static String clean(String line) {
        return LINK.matcher(line).replaceAll("$1").replace("**", "").replace("__", "").replace("`", "");
    }

    private static String endSentence(String text) {
        String t = text.strip();
        return t.isEmpty() || t.matches(".*[.!?:;\u0964\u0965\u06D4\u061F\u061B][\"')\\]]*$") ? t : t + ".";
    }
}

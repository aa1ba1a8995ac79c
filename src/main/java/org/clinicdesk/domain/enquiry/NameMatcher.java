package org.clinicdesk.domain.enquiry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Says whether two names may belong to the same person, for the returning-caller prompt: spelling variants
 * (Mohammed/Muhammad, Lakshmi/Laxmi), initials ("K. Rao" and "Kavitha Rao") and extra middle names. In any script;
 * the sound-alike rules apply to Latin letters only. A match is a prompt to look, so it errs on the generous side.
 */
public final class NameMatcher {
    private static final List<Set<String>> VARIANT_GROUPS = List.of(
            Set.of("mohammed", "mohammad", "muhammad", "muhammed", "mohamed", "mohamad", "mohd", "mohammod"),
            Set.of("lakshmi", "laxmi", "lakshmy", "laxmy", "lakshmee"),
            Set.of("srinivas", "shrinivas", "sreenivas", "srinivasa", "shreenivas"),
            Set.of("syed", "sayyed", "saiyed", "sayed"),
            Set.of("ahmed", "ahmad"),
            Set.of("fatima", "fathima", "fatma"),
            Set.of("venkatesh", "venkatesha", "venkatesan"),
            Set.of("chowdary", "choudhary", "chowdhury", "chaudhary"));
    private static final Map<String, Set<String>> VARIANTS = VARIANT_GROUPS.stream()
            .flatMap(g -> g.stream().map(w -> Map.entry(w, g)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private NameMatcher() {
    }

    /** True when the names may be the same person. */
    public static boolean similar(String a, String b) {
        return similar(words(a), words(b));
    }

    /** As {@link #similar(String, String)}, on names already split by {@link #words} (matching many names at once). */
    static boolean similar(List<String> left, List<String> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        if (left.equals(right)) {
            return true;
        }
        List<String> fewer = left.size() <= right.size() ? left : right;
        List<String> more = new ArrayList<>(fewer == left ? right : left);
        boolean fullWordMatched = false;
        for (String word : fewer) {
            String partner = more.stream().filter(other -> wordsMatch(word, other)).findFirst().orElse(null);
            if (partner == null) {
                return false;
            }
            more.remove(partner);
            fullWordMatched |= word.length() > 1 && partner.length() > 1;
        }
        return fullWordMatched;
    }

    /** The words of a name, lower case, without dots or commas: "K. Rao" gives [k, rao]. */
    public static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String clean = PersonName.normalise(name).toLowerCase(Locale.ROOT)
                .replaceAll("[.,;:'\"()\\-]", " ").strip();
        return clean.isEmpty() ? List.of() : Arrays.asList(clean.split("\\s+"));
    }

    /** Words to look up candidates with: each word of three letters or more and its known spelling variants. */
    public static Set<String> searchWords(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : words(name)) {
            if (word.codePointCount(0, word.length()) >= 3) {
                out.add(word);
                out.addAll(VARIANTS.getOrDefault(word, Set.of()));
            }
        }
        return out;
    }

    /**
     * Keys under which a word is filed for matching many names at once: any word that {@link #wordsMatch} this one
     * shares at least one of them (its spelling-variant group; the consonant outline of a Latin word; the word itself
     * in other scripts). Only words of three letters or more are filed, as {@link #searchWords} looks up.
     */
    static List<String> indexKeys(String word) {
        List<String> keys = new ArrayList<>(2);
        keys.add(isLatin(word) ? "s:" + skeleton(word) : "w:" + word);
        Set<String> group = VARIANTS.get(word);
        if (group != null) {
            keys.add("v:" + group.stream().sorted().findFirst().orElseThrow());
        }
        return keys;
    }

    static boolean wordsMatch(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0);
        }
        if (VARIANTS.containsKey(x) && VARIANTS.get(x).contains(y)) {
            return true;
        }
        if (!isLatin(x) || !isLatin(y) || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        String sx = skeleton(x);
        return sx.length() >= 2 && sx.equals(skeleton(y));
    }

    /** Consonant outline of a Latin word ("lakshmi" and "laxmi" give "lxm"); vowels and h carry spelling noise. */
    static String skeleton(String word) {
        String w = word.replace("ksh", "x").replace("ph", "f").replace("q", "k").replace("w", "v")
                .replace("z", "j").replace("ck", "k").replaceAll("c(?!h)", "k");
        StringBuilder out = new StringBuilder().append(w.charAt(0));
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if ("aeiouyh".indexOf(c) >= 0) {
                continue;
            }
            if (out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isLatin(String word) {
        return word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }
}

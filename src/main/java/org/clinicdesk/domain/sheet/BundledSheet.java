package org.clinicdesk.domain.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/**
 * A sheet file shipped in {@code db/sheets/}: front matter ({@code key: value} lines between {@code ---} lines, lists
 * as indented {@code - item} lines) and a Markdown body. Conditions are named, not numbered, since ids differ per
 * database. A translation says which language it was translated from ({@code translation_of: en}).
 */
public record BundledSheet(String slug, SheetKind kind, String language, String title, String summary,
                           List<String> conditionNames, EvidenceStatus evidence, String author, List<String> sources,
                           String body, String translationOf) {
    /** A sheet written in its own language (not a translation). */
    public BundledSheet(String slug, SheetKind kind, String language, String title, String summary,
                        List<String> conditionNames, EvidenceStatus evidence, String author, List<String> sources,
                        String body) {
        this(slug, kind, language, title, summary, conditionNames, evidence, author, sources, body, null);
    }

    /** A translation ({@code translation_of: en}) is linked to the English version of the same sheet when loaded. */
    public boolean translation() {
        return translationOf != null && !translationOf.isBlank();
    }


    public SheetContent content(List<Long> conditionIds) {
        return new SheetContent(slug, kind, conditionIds, language, title, summary, body, evidence, sources, author);
    }

    public static BundledSheet parse(String fileName, String text) {
        String normalised = text.replace("\r\n", "\n").replace("\uFEFF", "");
        if (!normalised.startsWith("---\n")) {
            throw bad(fileName, "it does not start with a --- front matter line");
        }
        int end = normalised.indexOf("\n---", 4);
        if (end < 0) {
            throw bad(fileName, "its front matter has no closing --- line");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        String currentList = null;
        for (String line : normalised.substring(4, end).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String stripped = line.strip();
            if (stripped.startsWith("- ") && currentList != null && Character.isWhitespace(line.charAt(0))) {
                lists.get(currentList).add(stripped.substring(2).strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
                throw bad(fileName, "this front matter line is not key: value: " + line);
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (value.isEmpty()) {
                currentList = key;
                lists.put(key, new ArrayList<>());
            } else {
                currentList = null;
                values.put(key, value);
            }
        }
        String body = normalised.substring(normalised.indexOf('\n', end + 1) + 1).strip();
        try {
            String evidence = values.get("evidence");
            return new BundledSheet(required(values, "slug", fileName), SheetKind.valueOf(required(values, "kind", fileName)),
                    values.getOrDefault("language", "en"), required(values, "title", fileName),
                    values.getOrDefault("summary", ""), List.copyOf(lists.getOrDefault("conditions", List.of())),
                    evidence == null ? null : EvidenceStatus.valueOf(evidence), values.getOrDefault("author", ""),
                    List.copyOf(lists.getOrDefault("sources", List.of())), body, values.get("translation_of"));
        } catch (IllegalArgumentException e) {
            throw bad(fileName, "its kind or evidence is not one of the known values (" + e.getMessage() + ")");
        }
    }

    private static String required(Map<String, String> values, String key, String fileName) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            throw bad(fileName, "its front matter has no " + key);
        }
        return v;
    }

    private static ClinicDeskException bad(String fileName, String why) {
        return new ClinicDeskException(UserMessage.of("sheet.error.bundledSheetRead", fileName, why));
    }
}

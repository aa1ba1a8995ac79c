package org.clinicdesk.domain.sheet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The required fields of a sheet, checked before it is saved or sent for review. */
public final class SheetRules {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private SheetRules() {
    }

    /** Field → message for everything missing or wrong; empty when the sheet may go for review. */
    public static Map<String, String> problems(SheetContent c) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!SLUG.matcher(c.slug()).matches()) {
            errors.put("slug", "Give the sheet a short name of lower-case letters, digits and dashes, for example sle-basics.");
        }
        if (c.kind() == null) {
            errors.put("kind", "Choose what the sheet is about: a condition, a treatment or general.");
        }
        if (!LANGUAGE.matcher(c.language()).matches()) {
            errors.put("language", "Enter the language code, for example en, hi, kn, te or ur.");
        }
        if (c.title().isEmpty()) {
            errors.put("title", "Enter the title.");
        }
        if (c.summary().isEmpty()) {
            errors.put("summary", "Enter a one-line summary.");
        }
        if (c.bodyMarkdown().isEmpty()) {
            errors.put("body", "Write the text of the sheet.");
        }
        if (c.kind() == SheetKind.TREATMENT && c.evidence() == null) {
            errors.put("evidence", "Say whether the treatment is standard care or investigational.");
        }
        if (c.kind() != SheetKind.GENERAL && c.conditionIds().isEmpty()) {
            errors.put("conditions", "Choose at least one condition the sheet belongs to.");
        }
        if (c.sources().isEmpty()) {
            errors.put("sources", "List at least one source.");
        }
        if (c.author().isEmpty()) {
            errors.put("author", "Enter the author.");
        }
        return errors;
    }
}

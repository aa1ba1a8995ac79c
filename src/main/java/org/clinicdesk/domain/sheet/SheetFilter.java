package org.clinicdesk.domain.sheet;

import java.util.Locale;

/** What the library shows: any field null means "all". */
public record SheetFilter(Long conditionId, SheetKind kind, String language, SheetStatus status, String text) {
    public static final SheetFilter ALL = new SheetFilter(null, null, null, null, "");

    public boolean matches(SheetVersion v) {
        if (conditionId != null && !v.content().conditionIds().contains(conditionId)) {
            return false;
        }
        if (kind != null && v.kind() != kind) {
            return false;
        }
        if (language != null && !language.isBlank() && !v.language().equalsIgnoreCase(language)) {
            return false;
        }
        if (status != null && v.status() != status) {
            return false;
        }
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        return (v.title() + " " + v.content().summary() + " " + v.slug() + " " + v.content().bodyMarkdown())
                .toLowerCase(Locale.ROOT).contains(needle);
    }
}

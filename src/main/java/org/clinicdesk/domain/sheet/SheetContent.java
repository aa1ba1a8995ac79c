package org.clinicdesk.domain.sheet;

import java.util.List;

/** What an author writes: everything of a sheet version except its review state. */
public record SheetContent(String slug, SheetKind kind, List<Long> conditionIds, String language, String title,
                           String summary, String bodyMarkdown, EvidenceStatus evidence, List<String> sources,
                           String author) {
    public SheetContent {
        slug = clean(slug);
        conditionIds = conditionIds == null ? List.of() : List.copyOf(conditionIds);
        language = clean(language).isEmpty() ? "en" : clean(language);
        title = clean(title);
        summary = clean(summary);
        bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown.strip();
        sources = sources == null ? List.of() : sources.stream().map(SheetContent::clean).filter(s -> !s.isEmpty()).toList();
        author = clean(author);
        // only treatments carry an evidence status
        evidence = kind == SheetKind.TREATMENT ? evidence : null;
    }

    public boolean investigational() {
        return evidence == EvidenceStatus.INVESTIGATIONAL;
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}

package org.clinicdesk.domain.sheet;

import java.time.LocalDate;
import org.clinicdesk.domain.common.Language;

/**
 * One version of one sheet in one language, with its review state. An APPROVED version's content never changes;
 * {@code reviewerName} is for display only. A translation names the English version it was made from (and, once
 * approved, checked against); it is out of date from the day a newer English version was approved.
 */
public record SheetVersion(long id, long sheetId, int version, SheetContent content, SheetStatus status,
                           Long reviewerId, String reviewerName, LocalDate reviewedOn, LocalDate nextReview,
                           String reviewComment, TranslationOf translationOf, LocalDate outOfDateSince) {
    /** The English version a translation was made from: its id and its version number ("translation of version 3"). */
    public record TranslationOf(long englishVersionId, int englishVersion) {
    }

    public SheetVersion {
        reviewComment = reviewComment == null ? "" : reviewComment;
        reviewerName = reviewerName == null ? "" : reviewerName;
    }

    /** A version that is not a translation (or not linked to its English yet), never out of date. */
    public SheetVersion(long id, long sheetId, int version, SheetContent content, SheetStatus status, Long reviewerId,
                        String reviewerName, LocalDate reviewedOn, LocalDate nextReview, String reviewComment) {
        this(id, sheetId, version, content, status, reviewerId, reviewerName, reviewedOn, nextReview, reviewComment,
                null, null);
    }

    public String slug() {
        return content.slug();
    }

    public String title() {
        return content.title();
    }

    public String language() {
        return content.language();
    }

    /** The language as a type (a code the clinic invented is {@link Language#OTHER}). */
    public Language lang() {
        return Language.ofCode(content.language());
    }

    /** Every version in a language other than English is a translation of the English sheet. */
    public boolean translation() {
        return !lang().isEnglish();
    }

    public SheetKind kind() {
        return content.kind();
    }

    public boolean approved() {
        return status == SheetStatus.APPROVED;
    }

    /** An approved translation whose English has moved on: it does not print for patients until approved again. */
    public boolean outOfDate() {
        return outOfDateSince != null;
    }

    /** Approved, not out of date, and not past its next-review date on {@code today}. */
    public boolean inDate(LocalDate today) {
        return approved() && !outOfDate() && nextReview != null && !today.isAfter(nextReview);
    }

    @Override
    public String toString() {
        return content.title() + " (v" + version + ")";
    }
}

package org.clinicdesk.domain.sheet;

import java.time.LocalDate;

/**
 * One version of one sheet in one language, with its review state. An APPROVED version's content never changes;
 * {@code reviewerName} is for display only.
 */
public record SheetVersion(long id, long sheetId, int version, SheetContent content, SheetStatus status,
                           Long reviewerId, String reviewerName, LocalDate reviewedOn, LocalDate nextReview,
                           String reviewComment) {
    public SheetVersion {
        reviewComment = reviewComment == null ? "" : reviewComment;
        reviewerName = reviewerName == null ? "" : reviewerName;
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

    public SheetKind kind() {
        return content.kind();
    }

    public boolean approved() {
        return status == SheetStatus.APPROVED;
    }

    /** Approved and not past its next-review date on {@code today}. */
    public boolean inDate(LocalDate today) {
        return approved() && nextReview != null && !today.isAfter(nextReview);
    }

    @Override
    public String toString() {
        return content.title() + " (v" + version + ")";
    }
}

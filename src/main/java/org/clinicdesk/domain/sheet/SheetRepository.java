package org.clinicdesk.domain.sheet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicdesk.domain.common.Language;

/** Storage of sheets, their versions and the handout log. */
public interface SheetRepository {
    /** The sheet's id for a slug, if the sheet exists. */
    Optional<Long> findSheetId(String slug);

    /** Creates the sheet row (slug, kind, conditions) and returns its id. */
    long insertSheet(SheetContent content);

    /** Updates the sheet-level fields (kind, conditions) that every version shares. */
    void updateSheet(long sheetId, SheetContent content);

    SheetVersion insertVersion(long sheetId, int version, SheetContent content, Long createdBy);

    /** Replaces the content of a version; the service only calls it on drafts. */
    void updateContent(long versionId, SheetContent content);

    void updateReview(long versionId, SheetStatus status, Long reviewerId, LocalDate reviewedOn, LocalDate nextReview,
                      String comment);

    /** Records the English version a translation was made from or approved against; it is no longer out of date. */
    void linkTranslation(long versionId, long englishVersionId);

    /** Marks an approved translation out of date: a newer English version was approved on {@code since}. */
    void markOutOfDate(long versionId, LocalDate since);

    Optional<SheetVersion> findVersion(long versionId);

    /** Every version of one sheet in one language, newest first. */
    List<SheetVersion> versionsOf(long sheetId, String language);

    /** The newest version of every sheet in every language (the library's rows). */
    List<SheetVersion> newestVersions();

    /** Every APPROVED version (at most one per sheet and language). */
    List<SheetVersion> approvedVersions();

    Optional<Long> staffIdByUsername(String username);

    /** The language an enquiry records its visitor reads best; empty when not asked. */
    Optional<Language> enquiryLanguage(long enquiryId);

    /** The languages a member of staff reads (their account lists them). */
    Set<Language> languagesReadBy(long staffId);

    /** Adds a condition a bundled sheet names and the clinic does not have yet; returns its id. */
    long addCondition(String name);

    Handout insertHandout(Handout handout);

    List<Handout> handoutsForEnquiry(long enquiryId);

    long countHandouts();

    /** Handouts given from {@code from} (inclusive) to {@code to} (exclusive). */
    HandoutTally tallyHandouts(Instant from, Instant to);
}

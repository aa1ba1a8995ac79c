package org.clinicdesk.domain.sheet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;
import org.clinicdesk.domain.staff.StaffMember;

/**
 * Writing and reviewing sheets. An approved version never changes: editing it makes a new draft version, and older
 * versions stay readable. Draft → in review → approved (or back to draft with a comment) → retired.
 */
public final class SheetService {
    public static final String ENTITY = "sheet_version";
    private final SheetRepository repository;
    private final Transactions transactions;
    private final AuditLog audit;
    private final CurrentUser user;
    private final Clock clock;
    private final SheetTranslations translations;

    public SheetService(SheetRepository repository, Transactions transactions, AuditLog audit, CurrentUser user,
                        Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
        this.translations = new SheetTranslations(repository, audit);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The library: the newest version of each sheet and language that matches. */
    public List<SheetVersion> library(SheetFilter filter) {
        mayRead();
        return repository.newestVersions().stream().filter(filter::matches)
                .sorted(Comparator.comparing((SheetVersion v) -> v.kind().ordinal()).thenComparing(SheetVersion::title))
                .toList();
    }

    public SheetVersion version(long versionId) {
        mayRead();
        return repository.findVersion(versionId)
                .orElseThrow(() -> new ClinicDeskException(UserMessage.of("sheet.error.sheetVersionLongerExists")));
    }

    /** Every version of the sheet in that version's language, newest first. */
    public List<SheetVersion> history(SheetVersion v) {
        mayRead();
        return repository.versionsOf(v.sheetId(), v.language());
    }

    /**
     * The English a translation is reviewed beside: the approved English version (the one approving checks it
     * against), else the newest English version. Empty for an English sheet or one with no English yet.
     */
    public Optional<SheetVersion> englishFor(SheetVersion translation) {
        mayRead();
        return translation.translation() ? translations.currentEnglish(translation.sheetId()) : Optional.empty();
    }

    /** Approved versions due for review within {@code days} (or already past their date), soonest first. */
    public List<SheetVersion> dueForReview(int days) {
        mayRead();
        LocalDate limit = today().plusDays(days);
        return repository.approvedVersions().stream()
                .filter(v -> v.nextReview() == null || !v.nextReview().isAfter(limit))
                .sorted(Comparator.comparing(SheetVersion::nextReview, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** A new sheet: version 1, draft. */
    public SheetVersion create(SheetContent content) {
        StaffMember who = user.require(Permission.EDIT_SHEET, "action.writeInformationSheets");
        check(content);
        return transactions.inTransaction(() -> {
            // a sheet already there in another language gets this language as its version 1
            long sheetId = repository.findSheetId(content.slug()).orElseGet(() -> repository.insertSheet(content));
            if (!repository.versionsOf(sheetId, content.language()).isEmpty()) {
                throw new ValidationException("slug", UserMessage.of("sheet.error.thereAlreadySheetCalled", content.slug()));
            }
            SheetVersion v = repository.insertVersion(sheetId, 1, content, who.staffId());
            linkToCurrentEnglish(v);
            audit.record(AuditAction.CREATE, ENTITY, v.id(), "sheet " + content.slug() + " v1 " + content.language());
            return version(v.id());
        });
    }

    /**
     * Saves an edit. A draft is changed in place; editing an approved, in-review or retired version makes a new draft
     * version (the version edited stays as it was).
     */
    public SheetVersion edit(long versionId, SheetContent content) {
        StaffMember who = user.require(Permission.EDIT_SHEET, "action.editInformationSheets");
        check(content);
        return transactions.inTransaction(() -> {
            SheetVersion current = version(versionId);
            SheetContent kept = sameIdentity(current, content);
            repository.updateSheet(current.sheetId(), kept);
            if (current.status() == SheetStatus.DRAFT) {
                repository.updateContent(versionId, kept);
                linkToCurrentEnglish(current);
                audit.record(AuditAction.CHANGE, ENTITY, versionId, "draft v" + current.version() + " edited");
                return version(versionId);
            }
            List<SheetVersion> all = repository.versionsOf(current.sheetId(), current.language());
            SheetVersion newest = all.getFirst();
            if (newest.id() != current.id() && newest.status() == SheetStatus.DRAFT) {
                throw new ClinicDeskException(UserMessage.of("sheet.error.versionSheetAlreadyDraft", newest.version()));
            }
            SheetVersion created = repository.insertVersion(current.sheetId(), newest.version() + 1, kept, who.staffId());
            linkToCurrentEnglish(created);
            audit.record(AuditAction.CREATE, ENTITY, created.id(), "new draft v" + created.version()
                    + " from v" + current.version());
            return version(created.id());
        });
    }

    public SheetVersion submitForReview(long versionId) {
        user.require(Permission.EDIT_SHEET, "action.sendSheetsForReview");
        return transactions.inTransaction(() -> {
            SheetVersion v = expect(versionId, SheetStatus.DRAFT, "sheet.error.onlyDraftToReview");
            check(v.content());
            repository.updateReview(versionId, SheetStatus.IN_REVIEW, null, null, null, "");
            audit.record(AuditAction.STATUS_CHANGE, ENTITY, versionId, "DRAFT → IN_REVIEW");
            return version(versionId);
        });
    }

    /**
     * Approves a version in review: records who and when, and the next-review date the clinician sets (default one
     * year). The previously approved version of the same sheet and language is retired. A translation is approved
     * only by a reviewer who reads its language, against the approved English version (which it then names); an
     * approved translation that is out of date may be approved again the same way. Approving an English version
     * marks the approved translations of the older English out of date.
     */
    public SheetVersion approve(long versionId, LocalDate nextReview) {
        StaffMember who = user.require(Permission.REVIEW_SHEET, "action.approveInformationSheets");
        LocalDate today = today();
        LocalDate next = nextReview == null ? defaultNextReview() : nextReview;
        if (!next.isAfter(today)) {
            throw new ValidationException("nextReview", UserMessage.of("sheet.error.nextReviewDateMust"));
        }
        if (next.isAfter(today.plusYears(3))) {
            throw new ValidationException("nextReview", UserMessage.of("sheet.error.reviewSheetLeastEvery"));
        }
        return transactions.inTransaction(() -> {
            SheetVersion v = version(versionId);
            if (!(v.status() == SheetStatus.IN_REVIEW || v.approved() && v.outOfDate())) {
                expect(versionId, SheetStatus.IN_REVIEW, "sheet.error.onlyInReviewApproved");
            }
            String against = v.translation() ? approveTranslation(v, who) : "";
            for (SheetVersion old : repository.versionsOf(v.sheetId(), v.language())) {
                if (old.status() == SheetStatus.APPROVED && old.id() != versionId) {
                    repository.updateReview(old.id(), SheetStatus.RETIRED, old.reviewerId(), old.reviewedOn(),
                            old.nextReview(), old.reviewComment());
                    audit.record(AuditAction.RETIRE, ENTITY, old.id(), "superseded by v" + v.version());
                }
            }
            repository.updateReview(versionId, SheetStatus.APPROVED, who.staffId(), today, next, "");
            audit.record(AuditAction.APPROVE, ENTITY, versionId, "v" + v.version() + " " + v.language() + against
                    + " next review " + next);
            if (!v.translation()) {
                translations.markOutOfDate(v, today);
            }
            return version(versionId);
        });
    }

    public LocalDate defaultNextReview() {
        return today().plusYears(1);
    }

    /** Sends a version in review back to its author as a draft, with the reviewer's comment. */
    public SheetVersion sendBack(long versionId, String comment) {
        StaffMember who = user.require(Permission.REVIEW_SHEET, "action.sendSheetsBack");
        if (comment == null || comment.isBlank()) {
            throw new ValidationException("comment", UserMessage.of("sheet.error.sayWhatNeedsChange"));
        }
        return transactions.inTransaction(() -> {
            expect(versionId, SheetStatus.IN_REVIEW, "sheet.error.onlyInReviewSentBack");
            repository.updateReview(versionId, SheetStatus.DRAFT, who.staffId(), null, null, comment.strip());
            audit.record(AuditAction.STATUS_CHANGE, ENTITY, versionId, "IN_REVIEW → DRAFT (sent back)");
            return version(versionId);
        });
    }

    /** Takes an approved version out of use: it stays readable but no longer prints for patients. */
    public SheetVersion retire(long versionId) {
        user.require(Permission.REVIEW_SHEET, "action.retireInformationSheets");
        return transactions.inTransaction(() -> {
            SheetVersion v = version(versionId);
            if (v.status() == SheetStatus.RETIRED) {
                throw new ClinicDeskException(UserMessage.of("sheet.error.versionAlreadyRetired"));
            }
            repository.updateReview(versionId, SheetStatus.RETIRED, v.reviewerId(), v.reviewedOn(), v.nextReview(),
                    v.reviewComment());
            audit.record(AuditAction.RETIRE, ENTITY, versionId, v.status() + " → RETIRED");
            return version(versionId);
        });
    }

    /**
     * Checks the reviewer reads the translation's language and links it to the approved English version it was
     * checked against; returns what the audit line adds.
     */
    private String approveTranslation(SheetVersion v, StaffMember who) {
        if (!repository.languagesReadBy(who.id()).contains(v.lang())) {
            throw new ClinicDeskException(UserMessage.of("sheet.error.reviewerMustReadLanguage",
                    UserMessage.of(v.lang().labelKey())));
        }
        SheetVersion english = translations.approvedEnglish(v.sheetId()).orElseThrow(() ->
                new ClinicDeskException(UserMessage.of("sheet.error.approveEnglishFirst", v.title())));
        repository.linkTranslation(v.id(), english.id());
        return ", translation of en v" + english.version() + ", reviewer reads " + v.language();
    }

    private void linkToCurrentEnglish(SheetVersion v) {
        if (v.translation()) {
            translations.currentEnglish(v.sheetId()).ifPresent(en -> repository.linkTranslation(v.id(), en.id()));
        }
    }

    /** @param messageKey what may be done to a version in {@code status}; the message adds the status it has */
    private SheetVersion expect(long versionId, SheetStatus status, String messageKey) {
        SheetVersion v = version(versionId);
        if (v.status() != status) {
            throw new ClinicDeskException(UserMessage.of(messageKey,
                    v.status().name().toLowerCase().replace('_', ' ')));
        }
        return v;
    }

    private static SheetContent sameIdentity(SheetVersion current, SheetContent c) {
        // slug and language name the sheet; an edit cannot move a version to another sheet
        return new SheetContent(current.slug(), c.kind(), c.conditionIds(), current.language(), c.title(), c.summary(),
                c.bodyMarkdown(), c.evidence(), c.sources(), c.author());
    }

    private static void check(SheetContent content) {
        Map<String, String> problems = SheetRules.problems(content);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private void mayRead() {
        user.require(Permission.VIEW_DESK, "action.readInformationSheets");
    }
}

package org.clinicdesk.domain.sheet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;
import org.clinicdesk.domain.staff.StaffMember;

/**
 * The rules that protect patients when sheets are printed, and the handout log. Only an approved, in-date sheet
 * prints for a patient; anything else prints only as a watermarked review copy, and only for reviewers.
 */
public final class HandoutService {
    private final SheetRepository repository;
    private final Transactions transactions;
    private final AuditLog audit;
    private final CurrentUser user;
    private final Clock clock;

    public HandoutService(SheetRepository repository, Transactions transactions, AuditLog audit, CurrentUser user,
                          Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Decides whether {@code v} may print for this purpose, or says why not. Checks the signed-in user's rights. */
    public PrintDecision authorise(SheetVersion v, PrintPurpose purpose) {
        StaffMember who = user.require(Permission.PRINT_APPROVED_SHEET, "action.printInformationSheets");
        LocalDate today = LocalDate.now(clock);
        if (purpose == PrintPurpose.FOR_PATIENT) {
            return new PrintDecision(checkForPatient(v, today), false);
        }
        boolean patientReady = v.inDate(today);
        if (!patientReady && !who.may(Permission.PRINT_DRAFT_SHEET)) {
            // reception learns why the sheet cannot go out (not approved, retired, needs review)
            checkForPatient(v, today);
        }
        return new PrintDecision(v, !patientReady);
    }

    /** For command-line jobs that run without a signed-in user: the patient rules only. */
    public static SheetVersion checkForPatient(SheetVersion v, LocalDate today) {
        switch (v.status()) {
            case DRAFT, IN_REVIEW -> throw new SheetRefusedException(UserMessage.of("sheet.error.versionApprovedYetSo", v.title(), v.version()));
            case RETIRED -> throw new SheetRefusedException(UserMessage.of("sheet.error.versionBeenRetiredLonger", v.title(), v.version()));
            case APPROVED -> {
                if (v.outOfDate()) {
                    throw new SheetRefusedException(UserMessage.of("sheet.error.translationOutOfDate", v.title(),
                            v.version(), UserMessage.of(v.lang().labelKey())));
                }
                if (v.nextReview() == null || today.isAfter(v.nextReview())) {
                    throw new SheetRefusedException(UserMessage.of("sheet.error.needsReviewNextReview", v.title(), v.nextReview()));
                }
            }
        }
        return v;
    }

    /** The approved version of a sheet in a language, whether or not in date. */
    public Optional<SheetVersion> approved(String slug, String language) {
        return repository.approvedVersions().stream()
                .filter(v -> v.slug().equals(slug) && v.language().equalsIgnoreCase(language)).findFirst();
    }

    /**
     * Approved English sheets for any of these conditions (in date or not: the dialog says which need review). The
     * bundled translations are approved versions too; they are offered in the visitor's language, not here.
     */
    public List<SheetVersion> suggestionsFor(Collection<Long> conditionIds) {
        Map<Long, SheetVersion> found = new LinkedHashMap<>();
        for (SheetVersion v : repository.approvedVersions()) {
            if (Language.ofCode(v.language()) != Language.ENGLISH) {
                continue;
            }
            boolean general = v.kind() == SheetKind.GENERAL;
            if (general || v.content().conditionIds().stream().anyMatch(conditionIds::contains)) {
                found.put(v.id(), v);
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing((SheetVersion v) -> v.kind().ordinal()).thenComparing(SheetVersion::title))
                .toList();
    }

    /**
     * The sheets for these conditions in the visitor's language: each approved English sheet, with its approved
     * translation in {@code language} when there is one (in date or not: the dialog says which cannot be given).
     */
    public List<SheetOffer> offersFor(Collection<Long> conditionIds, Language language) {
        List<SheetVersion> approved = repository.approvedVersions();
        return suggestionsFor(conditionIds).stream().map(en -> new SheetOffer(en, language == null
                || language.isEnglish() || language == Language.OTHER ? null : approved.stream()
                .filter(v -> v.sheetId() == en.sheetId() && v.lang() == language).findFirst().orElse(null))).toList();
    }

    /** The language the enquiry records its visitor reads best (empty when not asked, or for a walk-in). */
    public Optional<Language> visitorLanguage(Long enquiryId) {
        if (enquiryId == null) {
            return Optional.empty();
        }
        user.require(Permission.VIEW_DESK, "action.seeEnquiries");
        return repository.enquiryLanguage(enquiryId);
    }

    /**
     * Logs the sheets given to a visitor, one handout each, after checking every one may go to a patient.
     *
     * @param enquiryId the enquiry, or null for an anonymous walk-in
     */
    public List<Handout> recordGiven(List<SheetVersion> versions, Long enquiryId, Long centreId, HandoutMethod method) {
        user.require(Permission.PRINT_APPROVED_SHEET, "action.giveOutInformationSheets");
        LocalDate today = LocalDate.now(clock);
        versions.forEach(v -> checkForPatient(v, today));
        return transactions.inTransaction(() -> {
            List<Handout> given = new ArrayList<>();
            for (SheetVersion v : versions) {
                Handout h = repository.insertHandout(new Handout(0, v.id(), enquiryId, centreId, v.language(), method,
                        user.idOrNull(), clock.instant()));
                given.add(h);
                audit.record(method == HandoutMethod.PDF ? AuditAction.PDF_EXPORT : AuditAction.PRINT, "handout", h.id(),
                        "sheet_version " + v.id() + (enquiryId == null ? " walk-in" : " enquiry " + enquiryId));
            }
            return given;
        });
    }

    /** Logs a review copy (not for a patient) in the audit log only. */
    public void recordReviewCopy(SheetVersion v, HandoutMethod method) {
        user.require(Permission.PRINT_APPROVED_SHEET, "action.printInformationSheets");
        audit.record(method == HandoutMethod.PDF ? AuditAction.PDF_EXPORT : AuditAction.PRINT, SheetService.ENTITY,
                v.id(), "review copy v" + v.version() + " " + v.status());
    }

    /** Logs a PDF written by a command-line job (batch printing, checks): audited, not counted as a handout. */
    public void recordExport(SheetVersion v) {
        user.require(Permission.PRINT_APPROVED_SHEET, "action.printInformationSheets");
        audit.record(AuditAction.PDF_EXPORT, SheetService.ENTITY, v.id(), "command-line export v" + v.version());
    }

    public List<Handout> handoutsFor(long enquiryId) {
        user.require(Permission.VIEW_DESK, "action.seeEnquiries");
        return repository.handoutsForEnquiry(enquiryId);
    }

    public long handoutCount() {
        return repository.countHandouts();
    }

    /** Sheets given today (the clinic's day), and how many of them to walk-ins: counts only, no personal data. */
    public HandoutTally givenToday() {
        user.require(Permission.VIEW_DESK, "action.seeTheDay");
        ZonedDateTime start = today().atStartOfDay(clock.getZone());
        return repository.tallyHandouts(start.toInstant(), start.plusDays(1).toInstant());
    }
}

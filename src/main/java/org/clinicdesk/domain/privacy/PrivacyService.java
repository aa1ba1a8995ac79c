package org.clinicdesk.domain.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.enquiry.PossibleSamePerson;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;

/**
 * The visitor's rights at the desk: the clinic's consent notice, erasure on request, and the retention list of
 * enquiries with no activity for the clinic's retention period. Consent itself is recorded with the enquiry
 * ({@code EnquiryService}).
 */
public final class PrivacyService {
    private static final String ENQUIRY = "enquiry";
    private final PrivacyRepository repository;
    private final ClinicService clinics;
    private final Transactions transactions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ErasureLedger ledger;
    private final PossibleSamePerson matches;

    public PrivacyService(PrivacyRepository repository, ClinicService clinics, Transactions transactions, AuditLog audit,
                          CurrentUser currentUser, Clock clock, ErasureLedger ledger, PossibleSamePerson matches) {
        this.ledger = ledger;
        this.matches = matches;
        this.repository = repository;
        this.clinics = clinics;
        this.transactions = transactions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The notice read or shown to a visitor before their contact details are stored; "" if none is set. */
    public String consentNotice() {
        return clinics.clinic().map(Clinic::consentNotice).orElse("");
    }

    /**
     * Saves the clinic's privacy settings: the consent notice, the idle time before the desk locks, and the retention
     * period (null = off). Needs {@code MANAGE_SETTINGS}; audited by the clinic service.
     */
    public void savePrivacySettings(String consentNotice, int idleLockMinutes, Integer retentionMonths) {
        Clinic clinic = clinics.clinic().orElseThrow(() -> new ClinicDeskException(UserMessage.of("privacy.error.setUpClinicFirst")));
        clinics.saveClinic(new Clinic(clinic.name(), consentNotice, clinic.timeZone(), idleLockMinutes,
                retentionMonths));
    }

    public java.util.Optional<Clinic> clinic() {
        return clinics.clinic();
    }

    public Consent consent(long enquiryId) {
        return findConsent(enquiryId);
    }

    private Consent findConsent(long enquiryId) {
        return repository.findConsent(enquiryId).orElseThrow(PrivacyService::noSuchEnquiry);
    }

    /**
     * Erases the person of this enquiry (all their linked enquiries) in one transaction; returns the erased enquiry
     * ids. Reports keep the counts: status, channel, centre, conditions and dates stay.
     */
    public List<Long> erase(long enquiryId) {
        return erase(enquiryId, List.of());
    }

    /**
     * What to show the manager before erasing this enquiry: the enquiries linked to it, and those not linked that
     * have the same phone or a similar name (the returning-caller matching), for the manager to include or leave out.
     */
    public ErasureChoice erasureChoice(long enquiryId) {
        currentUser.require(Permission.ERASE_PERSONAL_DATA, "action.erasePersonalData");
        requireNotErased(findConsent(enquiryId));
        List<Long> linked = repository.samePerson(enquiryId);
        return new ErasureChoice(enquiryId, linked, matches.ofEnquiries(linked));
    }

    /**
     * Erases this enquiry, the enquiries linked to it, and {@code alsoErase} (chosen from {@link #erasureChoice}'s
     * others) in one transaction with one checkpoint after it; each enquiry is audited by id. A chosen enquiry that is
     * gone or was erased meanwhile refuses the whole erasure: the manager looks at the list again.
     */
    public List<Long> erase(long enquiryId, java.util.Collection<Long> alsoErase) {
        currentUser.require(Permission.ERASE_PERSONAL_DATA, "action.erasePersonalData");
        requireNotErased(findConsent(enquiryId));
        Instant at = clock.instant();
        List<Long> erased = transactions.inTransaction(() -> {
            List<Long> linked = repository.samePerson(enquiryId);
            List<Long> extra = chosenOthers(linked, alsoErase);
            eraseInTransaction(linked, at, "erased on request");
            eraseInTransaction(extra, at, "erased on request with enquiry #" + enquiryId
                    + " (same phone or similar name, chosen by a manager)");
            List<Long> all = new java.util.ArrayList<>(linked);
            all.addAll(extra);
            return all;
        });
        afterErasure(erased, at);
        return erased;
    }

    private List<Long> chosenOthers(List<Long> linked, java.util.Collection<Long> alsoErase) {
        List<Long> extra = alsoErase.stream().distinct().filter(id -> !linked.contains(id)).sorted().toList();
        if (!extra.isEmpty() && repository.notErased(extra).size() != extra.size()) {
            throw new ClinicDeskException(UserMessage.of("privacy.error.choiceChanged"));
        }
        return extra;
    }

    /** Enquiries past the retention period, for a manager to confirm; empty when retention is off. */
    public List<RetentionCandidate> retentionCandidates() {
        currentUser.require(Permission.ERASE_PERSONAL_DATA, "action.listEnquiriesForErasure");
        Integer months = clinics.clinic().map(Clinic::retentionMonths).orElse(null);
        if (months == null) {
            return List.of();
        }
        Instant cutoff = ZonedDateTime.now(clock).minusMonths(months).toInstant();
        return repository.inactiveSince(cutoff);
    }

    /** Erases the confirmed enquiries that are still past the retention period; returns how many were erased. */
    public int eraseConfirmed(List<Long> confirmedIds) {
        currentUser.require(Permission.ERASE_PERSONAL_DATA, "action.erasePersonalData");
        Set<Long> confirmed = new HashSet<>(confirmedIds);
        Instant at = clock.instant();
        List<Long> erased = transactions.inTransaction(() -> {
            List<Long> ids = retentionCandidates().stream().map(RetentionCandidate::enquiryId)
                    .filter(confirmed::contains).toList();
            eraseInTransaction(ids, at, "erased after the retention period");
            return ids;
        });
        afterErasure(erased, at);
        return erased.size();
    }

    /**
     * Brings the erasure ledger up to date with the database (an erasure whose ledger line a crash lost), then erases
     * again every enquiry the ledger lists that this database still holds: after a restore, the erasures made since
     * the backup. Run by the restore itself, before the desk opens (nobody is signed in then). Returns how many.
     */
    public int applyLedger() {
        recordErasuresInLedger();
        java.util.Map<Long, Instant> when = new java.util.HashMap<>();
        ledger.entries().forEach(e -> when.put(e.enquiryId(), e.erasedAt()));
        List<Long> again = repository.notErased(when.keySet());
        if (again.isEmpty()) {
            return 0;
        }
        transactions.inTransaction(() -> {
            for (Long id : again) {
                repository.erase(List.of(id), when.get(id), null);
                audit.record(AuditAction.ERASURE, ENQUIRY, id, "erased again after a restore (first erased "
                        + when.get(id) + ")");
            }
            return null;
        });
        repository.scrubFiles();
        return again.size();
    }

    /** Adds to the ledger every erasure this database holds that it lacks (run on the old data before a restore). */
    public void recordErasuresInLedger() {
        ledger.add(repository.erasures());
    }

    /** The ledger line is written once the erasure has committed; then the files are scrubbed. */
    private void afterErasure(List<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        ledger.add(ids.stream().map(id -> new ErasureLedger.Entry(id, at)).toList());
        repository.scrubFiles();
    }

    private void eraseInTransaction(List<Long> ids, Instant at, String why) {
        if (ids.isEmpty()) {
            return;
        }
        repository.erase(ids, at, currentUser.idOrNull());
        for (Long id : ids) {
            audit.record(AuditAction.ERASURE, ENQUIRY, id, why);
        }
    }

    private static void requireNotErased(Consent consent) {
        if (consent.erasedAt() != null) {
            throw new ClinicDeskException(UserMessage.of("privacy.error.enquiryBeenErasedThere"));
        }
    }

    private static ClinicDeskException noSuchEnquiry() {
        return new ClinicDeskException(UserMessage.of("privacy.error.thereSuchEnquiryMay"));
    }
}

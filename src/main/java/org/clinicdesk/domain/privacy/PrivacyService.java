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

    public PrivacyService(PrivacyRepository repository, ClinicService clinics, Transactions transactions, AuditLog audit,
                          CurrentUser currentUser, Clock clock) {
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
        return repository.findConsent(enquiryId).orElseThrow(PrivacyService::noSuchEnquiry);
    }

    /**
     * Erases the person of this enquiry (all their enquiries) in one transaction; returns the erased enquiry ids.
     * Reports keep the counts: status, channel, centre, conditions and dates stay.
     */
    public List<Long> erase(long enquiryId) {
        currentUser.require(Permission.ERASE_PERSONAL_DATA, "action.erasePersonalData");
        requireNotErased(consent(enquiryId));
        List<Long> erased = transactions.inTransaction(() -> {
            List<Long> ids = repository.samePerson(enquiryId);
            eraseInTransaction(ids, "erased on request");
            return ids;
        });
        repository.scrubFiles();
        return erased;
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
        int erased = transactions.inTransaction(() -> {
            List<Long> ids = retentionCandidates().stream().map(RetentionCandidate::enquiryId)
                    .filter(confirmed::contains).toList();
            eraseInTransaction(ids, "erased after the retention period");
            return ids.size();
        });
        if (erased > 0) {
            repository.scrubFiles();
        }
        return erased;
    }

    private void eraseInTransaction(List<Long> ids, String why) {
        if (ids.isEmpty()) {
            return;
        }
        repository.erase(ids, clock.instant(), currentUser.idOrNull());
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

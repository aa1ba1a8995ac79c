package org.clinicdesk.domain.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Erasure of stored enquiries, and what it needs to know of their consent. */
public interface PrivacyRepository {
    /** Empty when there is no such enquiry. */
    Optional<Consent> findConsent(long enquiryId);

    /** The ids of the enquiries of the same person as {@code enquiryId} (itself included) not yet erased. */
    List<Long> samePerson(long enquiryId);

    /**
     * Anonymises these enquiries in the current transaction: contact details and free text removed everywhere they
     * are stored, including derived and full-text indexes; status, channel, centre, conditions and dates stay.
     */
    void erase(List<Long> enquiryIds, Instant at, Long staffId);

    /**
     * After an erasure has committed: moves every page out of the write-ahead log into the main file (whose freed
     * bytes are zeroed) and empties the log, so the erased details are in neither file. True when the log is empty.
     */
    boolean scrubFiles();

    /** Enquiries not erased whose last activity (change, event, consultation) is before {@code cutoff}, oldest first. */
    List<RetentionCandidate> inactiveSince(Instant cutoff);

    /** Every erased enquiry's id and erasure instant (for the erasure ledger). */
    List<ErasureLedger.Entry> erasures();

    /** Those of {@code enquiryIds} that are stored and not erased. */
    List<Long> notErased(java.util.Collection<Long> enquiryIds);
}

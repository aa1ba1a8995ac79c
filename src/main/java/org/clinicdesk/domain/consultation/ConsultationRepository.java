package org.clinicdesk.domain.consultation;

import java.time.Instant;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Storage of consultations, and the few enquiry reads and writes booking needs (the enquiry's contact, its move to
 * "booked", its timeline). Writes join the caller's transaction.
 */
public interface ConsultationRepository {
    /**
     * Writes a new consultation, checking inside the write transaction that the clinician is free.
     *
     * @throws SlotTakenException when another consultation holding a slot overlaps it
     */
    Consultation insert(NewConsultation consultation);

    Optional<Consultation> find(long id);

    /** Consultations starting in [from, to), of every status; either filter may be null. */
    List<Consultation> findStarting(LocalDateTime from, LocalDateTime to, Long centreId, Long clinicianId);

    List<Consultation> findForEnquiry(long enquiryId);

    /**
     * Moves a consultation to a status, remembering the one it had so it can be undone.
     *
     * @throws StaleConsultationException when the version no longer matches
     * @throws SlotTakenException when restoring a status would double-book the clinician
     */
    Consultation changeStatus(long id, int expectedVersion, ConsultationStatus to, ConsultationStatus previous,
                              String cancelReason, Instant at);

    /** Records (or, with null, clears) a failed attempt to reach the person to confirm. */
    Consultation markUnreachable(long id, Instant at);

    Optional<EnquiryContact> findEnquiry(long enquiryId);

    /** Enquiries whose name or phone contains the text, newest first. */
    List<EnquiryContact> searchEnquiries(String text, int limit);

    /** A walk-in enquiry made at booking time, with the consent staff recorded (how, now); returns its id. */
    long insertWalkInEnquiry(String fullName, String phoneE164, ConsentMethod consent, long centreId, Instant at);

    /** Moves the enquiry to BOOKED (with a STATUS event) unless it is already; true if it moved. */
    boolean markEnquiryBooked(long enquiryId, Instant at);

    /** When the consultation was booked (its row was written), for the booking slip. */
    Optional<Instant> bookedAt(long id);

    /** Adds an entry to the enquiry's timeline. */
    void addEnquiryEvent(long enquiryId, String kind, String detail, Instant at);
}

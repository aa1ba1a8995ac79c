package org.clinicdesk.domain.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A consultation as the desk sees it, with the name and phone of the enquiry it belongs to (read with it, not owned).
 * Times are the clinic's local time.
 */
public record Consultation(long id, long enquiryId, long centreId, long clinicianId, LocalDateTime start,
                           int durationMinutes, ConsultationMode mode, ConsultationStatus status,
                           ConsultationStatus previousStatus, Instant statusChangedAt, String cancelReason,
                           Long rescheduledFromId, Instant unreachableAt, String notes, String personName, String phone,
                           int version) {

    public LocalDateTime end() {
        return start.plusMinutes(durationMinutes);
    }

    public LocalDate day() {
        return start.toLocalDate();
    }

    public boolean overlaps(LocalDateTime from, LocalDateTime to) {
        return start.isBefore(to) && end().isAfter(from);
    }
}

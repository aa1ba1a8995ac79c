package org.clinicdesk.domain.consultation;

import java.time.LocalDateTime;

/** A consultation to be written: for an enquiry, at a centre, with a clinician, at a local time. */
public record NewConsultation(long enquiryId, long centreId, long clinicianId, LocalDateTime start, int durationMinutes,
                              ConsultationMode mode, String notes, Long rescheduledFromId) {
    public NewConsultation {
        notes = notes == null ? "" : notes.strip();
    }

    public LocalDateTime end() {
        return start.plusMinutes(durationMinutes);
    }

    public NewConsultation forEnquiry(long id) {
        return new NewConsultation(id, centreId, clinicianId, start, durationMinutes, mode, notes, rescheduledFromId);
    }
}

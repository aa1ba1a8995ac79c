package org.clinicdesk.domain.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A free stretch of a clinician's time at a centre, long enough for the requested duration. */
public record Slot(long clinicianId, long centreId, LocalDateTime start, int durationMinutes) {
    public LocalDateTime end() {
        return start.plusMinutes(durationMinutes);
    }

    public LocalDate day() {
        return start.toLocalDate();
    }
}

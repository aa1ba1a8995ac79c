package org.clinicdesk.domain.consultation;

import org.clinicdesk.domain.common.ClinicDeskException;

/** Someone else changed the consultation since it was shown (optimistic locking). */
public final class StaleConsultationException extends ClinicDeskException {
    public StaleConsultationException() {
        super("Someone else changed this consultation a moment ago. It has been reloaded; check it and try again.");
    }
}

package org.clinicdesk.domain.consultation;

import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/** Someone else changed the consultation since it was shown (optimistic locking). */
public final class StaleConsultationException extends ClinicDeskException {
    public StaleConsultationException() {
        super(UserMessage.of("consultation.error.stale"));
    }
}

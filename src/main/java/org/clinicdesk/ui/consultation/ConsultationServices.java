package org.clinicdesk.ui.consultation;

import org.clinicdesk.domain.consultation.BookingSlipService;
import org.clinicdesk.domain.consultation.ConsultationService;
import org.clinicdesk.domain.consultation.ConsultationStatusService;
import org.clinicdesk.domain.consultation.DayListDocument;

/** What the consultations screen is given by the application. */
public record ConsultationServices(ConsultationService consultations, ConsultationStatusService statuses,
                                   DayListDocument dayLists, BookingSlipService slips) {
}

package org.clinicdesk.domain.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.clinicdesk.domain.common.Language;

/**
 * What a booking slip says, in the words of the database: the document puts it in {@code language}'s labels.
 * Phones are E.164 ("" when the centre has none); {@code videoLink} is the centre's video room, "" when there is none.
 */
public record BookingSlip(long consultationId, long enquiryId, Language language, SlipPaper paper, String clinicName,
                          String personName, LocalDateTime start, int durationMinutes, ConsultationMode mode,
                          String clinicianName, String centreName, String centreAddress, String centrePhone,
                          String centreWhatsapp, String videoLink, LocalDate bookedOn, boolean demo) {
}

package org.clinicdesk.domain.enquiry;

import java.time.Instant;
import java.time.LocalDate;

/** One row of an enquiry list: enough to show and pick it, without its notes or consent details. */
public record EnquirySummary(long id, Long personId, String fullName, String phone, String phoneAlt, String email,
                             String city, Channel channel, EnquiryStatus status, long centreId, String centreName,
                             LocalDate nextFollowUp, Instant createdAt, Instant lastContactAt, int version) {
}

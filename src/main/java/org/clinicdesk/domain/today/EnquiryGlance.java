package org.clinicdesk.domain.today;

import java.time.Instant;
import java.time.LocalDate;

/** An enquiry as one line of the Today screen. */
public record EnquiryGlance(long id, String fullName, String phone, long centreId, String status, LocalDate nextFollowUp,
                            Instant createdAt) {
}

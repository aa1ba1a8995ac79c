package org.clinicdesk.domain.transfer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One valid spreadsheet row, ready to store as an enquiry. Phones are E.164; contact details are present only with
 * a consent method.
 */
public record ImportedEnquiry(int row, String fullName, String phone, String phoneAlt, String email, String city,
                              Integer age, String channel, String referrer, long centreId, String notes, String status,
                              LocalDate nextFollowUp, Instant enquiryAt, String consentMethod, Instant consentAt) {
}

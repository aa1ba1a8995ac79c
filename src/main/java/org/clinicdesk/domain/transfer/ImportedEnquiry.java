package org.clinicdesk.domain.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One valid spreadsheet row, ready to store as an enquiry. Phones are E.164; contact details are present only with
 * a consent method. {@code unknownConditions} are the names in the conditions cell that are not on the clinic's list.
 */
public record ImportedEnquiry(int row, String fullName, String phone, String phoneAlt, String email, String city,
                              Integer age, String channel, String referrer, long centreId, String notes, String status,
                              LocalDate nextFollowUp, Instant enquiryAt, String consentMethod, Instant consentAt,
                              List<Long> conditionIds, List<String> unknownConditions) {
    public ImportedEnquiry {
        conditionIds = List.copyOf(conditionIds);
        unknownConditions = List.copyOf(unknownConditions);
    }
}

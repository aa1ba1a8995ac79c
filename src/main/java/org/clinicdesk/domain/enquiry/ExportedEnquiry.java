package org.clinicdesk.domain.enquiry;

import java.time.Instant;
import java.util.List;

/**
 * One row of the enquiry export: the whole enquiry, with its centre's and conditions' names as the clinic wrote them
 * (so that ClinicDesk's own import reads the file back with every field), and when the person was last contacted.
 */
public record ExportedEnquiry(Enquiry enquiry, String centreName, List<String> conditions, Instant lastContactAt) {
    public ExportedEnquiry {
        conditions = List.copyOf(conditions);
    }
}

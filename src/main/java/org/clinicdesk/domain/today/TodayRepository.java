package org.clinicdesk.domain.today;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The enquiry reads of the Today screen. */
public interface TodayRepository {
    /** New or contacted enquiries whose next follow-up is on or before {@code day}, oldest first. */
    List<EnquiryGlance> followUpsDue(LocalDate day, int limit);

    /** Enquiries recorded at or after {@code since}, newest first. */
    List<EnquiryGlance> createdSince(Instant since, int limit);
}

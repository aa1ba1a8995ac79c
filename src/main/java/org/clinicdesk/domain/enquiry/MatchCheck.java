package org.clinicdesk.domain.enquiry;

import java.time.Instant;
import java.util.List;

/**
 * An enquiry saved without a decision while earlier enquiries of another person had the same phone: flagged for a look
 * ({@code matchedIds} are those earlier enquiries) until the desk says "same person" or "someone else".
 */
public record MatchCheck(long enquiryId, List<Long> matchedIds, Instant flaggedAt) {
    public MatchCheck {
        matchedIds = List.copyOf(matchedIds);
    }
}

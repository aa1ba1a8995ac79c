package org.clinicdesk.domain.enquiry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Whom to call back: open enquiries whose follow-up is due today or overdue, oldest first. Used by Today too. */
public final class FollowUpQueue {
    private final EnquiryRepository repository;
    private final Clock clock;

    public FollowUpQueue(EnquiryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One page of the queue; all centres when {@code centreId} is null. */
    public List<EnquirySummary> due(Long centreId, int offset, int limit) {
        return repository.followUpsDue(today(), centreId, offset, limit);
    }

    public boolean isOverdue(EnquirySummary s) {
        return s.nextFollowUp() != null && s.nextFollowUp().isBefore(today());
    }
}

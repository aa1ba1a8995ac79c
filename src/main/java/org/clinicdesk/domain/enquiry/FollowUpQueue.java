package org.clinicdesk.domain.enquiry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;

/** Whom to call back: open enquiries whose follow-up is due today or overdue, oldest first. Used by Today too. */
public final class FollowUpQueue {
    private final EnquiryRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    public FollowUpQueue(EnquiryRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One page of the queue; all centres when {@code centreId} is null. */
    public List<EnquirySummary> due(Long centreId, int offset, int limit) {
        currentUser.require(Permission.VIEW_DESK, "action.seeEnquiries");
        return repository.followUpsDue(today(), centreId, offset, limit);
    }

    public boolean isOverdue(EnquirySummary s) {
        return s.nextFollowUp() != null && s.nextFollowUp().isBefore(today());
    }
}

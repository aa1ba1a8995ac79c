package org.clinicdesk.domain.report;

import java.util.List;

/**
 * The desk's follow-up work in the range.
 *
 * @param contactsByKind calls, WhatsApp messages and unanswered calls logged (key the contact kind)
 * @param onTime         contacts that answered a follow-up on or before its date
 * @param late           contacts that answered a follow-up after its date
 * @param overdue        open enquiries whose follow-up date fell in the range, has passed and has had no answer yet
 * @param closedByReason enquiries closed in the range (key the close reason)
 */
public record FollowUpFigures(List<Count> contactsByKind, long onTime, long late, long overdue,
                              List<Count> closedByReason) {
    public FollowUpFigures {
        contactsByKind = List.copyOf(contactsByKind);
        closedByReason = List.copyOf(closedByReason);
    }
}

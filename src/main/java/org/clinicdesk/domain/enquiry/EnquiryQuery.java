package org.clinicdesk.domain.enquiry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the enquiry list shows: free text (name in any script, four or more phone digits, e-mail, city) and filters.
 * Null means "any". {@code followUpDueBy} keeps open enquiries whose next follow-up is on or before that day.
 */
public record EnquiryQuery(String text, EnquiryStatus status, Channel channel, Long centreId, Long conditionId,
                           LocalDate followUpDueBy, Instant createdFrom, Instant createdBefore) {
    public static final EnquiryQuery ALL = new EnquiryQuery(null, null, null, null, null, null, null, null);

    public EnquiryQuery {
        text = text == null ? "" : text.strip();
    }

    public static EnquiryQuery text(String text) {
        return ALL.withText(text);
    }

    public EnquiryQuery withText(String newText) {
        return new EnquiryQuery(newText, status, channel, centreId, conditionId, followUpDueBy, createdFrom, createdBefore);
    }

    public EnquiryQuery withStatus(EnquiryStatus s) {
        return new EnquiryQuery(text, s, channel, centreId, conditionId, followUpDueBy, createdFrom, createdBefore);
    }

    public EnquiryQuery withChannel(Channel c) {
        return new EnquiryQuery(text, status, c, centreId, conditionId, followUpDueBy, createdFrom, createdBefore);
    }

    public EnquiryQuery withCentre(Long id) {
        return new EnquiryQuery(text, status, channel, id, conditionId, followUpDueBy, createdFrom, createdBefore);
    }

    public EnquiryQuery withCondition(Long id) {
        return new EnquiryQuery(text, status, channel, centreId, id, followUpDueBy, createdFrom, createdBefore);
    }

    public EnquiryQuery withFollowUpDueBy(LocalDate day) {
        return new EnquiryQuery(text, status, channel, centreId, conditionId, day, createdFrom, createdBefore);
    }

    public EnquiryQuery withCreatedBetween(Instant from, Instant before) {
        return new EnquiryQuery(text, status, channel, centreId, conditionId, followUpDueBy, from, before);
    }
}

package org.clinicdesk.domain.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.domain.enquiry.Enquiry;

/**
 * One valid spreadsheet row, as the new enquiry the desk's service will save (phones E.164, the name normalised,
 * contact details only with a consent method, {@code createdAt} the enquiry date). {@code unknownConditions} are the
 * names in the conditions cell that are not on the clinic's list; rows with the same {@code personRef} (the file's
 * person id or hospital number, null when none) are one person.
 */
public record ImportedEnquiry(int row, Enquiry enquiry, List<String> unknownConditions, String personRef) {
    public ImportedEnquiry {
        unknownConditions = List.copyOf(unknownConditions);
    }

    public String fullName() {
        return enquiry.fullName();
    }

    public String phone() {
        return enquiry.phone();
    }

    public String phoneAlt() {
        return enquiry.phoneAlt();
    }

    public String referrer() {
        return enquiry.referrer();
    }

    public String notes() {
        return enquiry.notes();
    }

    public long centreId() {
        return enquiry.centreId();
    }

    /** The channel's code (WALK_IN, REFERRAL...). */
    public String channel() {
        return enquiry.channel().name();
    }

    /** The consent method's code (SPOKEN, WRITTEN...), or null. */
    public String consentMethod() {
        return enquiry.consentMethod() == null ? null : enquiry.consentMethod().name();
    }

    public Instant enquiryAt() {
        return enquiry.createdAt();
    }

    public LocalDate nextFollowUp() {
        return enquiry.nextFollowUp();
    }

    public List<Long> conditionIds() {
        return enquiry.conditionIds();
    }
}

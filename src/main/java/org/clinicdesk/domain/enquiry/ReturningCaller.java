package org.clinicdesk.domain.enquiry;

/** An earlier enquiry that may be the same person: a prompt to look, never a block. */
public record ReturningCaller(EnquirySummary enquiry, MatchReason reason) {
    /** The person id a new enquiry takes when reception says "same person". */
    public long personId() {
        return enquiry.personId() == null ? enquiry.id() : enquiry.personId();
    }
}

package org.clinicdesk.domain.enquiry;

/** Why an earlier enquiry is offered as a possible returning caller. */
public enum MatchReason {
    PHONE, NAME
}

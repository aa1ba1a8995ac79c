package org.clinicdesk.domain.enquiry;

/** Why an enquiry was closed; reports count them. */
public enum CloseReason {
    NOT_ELIGIBLE, CHOSE_ELSEWHERE, COST, NO_RESPONSE, OTHER
}

package org.clinicdesk.domain.enquiry;

/** One attempt to reach the person, logged on the enquiry's timeline. */
public enum ContactKind {
    CALL, WHATSAPP, NO_ANSWER
}

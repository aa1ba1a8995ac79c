package org.clinicdesk.domain.enquiry;

/** How the person agreed that the clinic may store and use their contact details. */
public enum ConsentMethod {
    SPOKEN, WRITTEN, WHATSAPP, WEB_FORM
}

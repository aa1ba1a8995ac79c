package org.clinicdesk.domain.privacy;

/** How the visitor gave consent to store and contact them. */
public enum ConsentMethod {
    SPOKEN, WRITTEN, WHATSAPP, WEB_FORM
}

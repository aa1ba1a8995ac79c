package org.clinicdesk.domain.enquiry;

/** How the person told the clinic they withdraw their consent, recorded with the withdrawal. */
public enum WithdrawalMethod {
    IN_PERSON, PHONE, WRITTEN, WHATSAPP, EMAIL
}

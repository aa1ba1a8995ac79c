package org.clinicdesk.domain.enquiry;

/** How the enquiry reached the clinic. A referral names its referrer. */
public enum Channel {
    WALK_IN, PHONE, WHATSAPP, WEBSITE, EMAIL, REFERRAL
}

package org.clinicdesk.domain.privacy;

import java.time.Instant;
import org.clinicdesk.domain.enquiry.ConsentMethod;

/** Consent recorded on an enquiry: when and how it was given, and when it was withdrawn (if it was). */
public record Consent(Instant givenAt, ConsentMethod method, Instant withdrawnAt, Instant erasedAt) {
    public static final Consent NONE = new Consent(null, null, null, null);

    /** Consent was given and has not been withdrawn. */
    public boolean inForce() {
        return givenAt != null && withdrawnAt == null;
    }
}

package org.clinicdesk.domain.enquiry;

import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/** Someone else saved the enquiry after this form loaded it; carries what is stored now so the form can compare. */
public final class ConcurrentChangeException extends ClinicDeskException {
    private final transient Enquiry current;

    public ConcurrentChangeException(Enquiry current) {
        super(UserMessage.of("enquiry.error.concurrentChange"));
        this.current = current;
    }

    public Enquiry current() {
        return current;
    }
}

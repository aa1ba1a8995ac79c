package org.clinicdesk.domain.enquiry;

import org.clinicdesk.domain.common.ClinicDeskException;

/** Someone else saved the enquiry after this form loaded it; carries what is stored now so the form can compare. */
public final class ConcurrentChangeException extends ClinicDeskException {
    private final transient Enquiry current;

    public ConcurrentChangeException(Enquiry current) {
        super("Someone else changed this enquiry while you were editing it. Nothing you typed is lost: "
                + "compare the changes, then save again or keep theirs.");
        this.current = current;
    }

    public Enquiry current() {
        return current;
    }
}

package org.clinicdesk.domain.output;

import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/** An output that was not written: it would land on ClinicDesk's own data, or on a file the person did not agree to replace. */
public final class OutputRefusedException extends ClinicDeskException {
    private final boolean exists;

    OutputRefusedException(UserMessage message, boolean exists) {
        super(message);
        this.exists = exists;
    }

    /** True when the only reason is that the file is already there (the person may choose to replace it). */
    public boolean becauseItExists() {
        return exists;
    }
}

package org.clinicdesk.domain.sheet;

import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/** A sheet that may not be printed or given out now, with the reason in plain words. */
public final class SheetRefusedException extends ClinicDeskException {
    public SheetRefusedException(UserMessage message) {
        super(message);
    }

    public SheetRefusedException(String message) {
        super(message);
    }
}

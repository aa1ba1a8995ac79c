package org.clinicdesk.domain.sheet;

import org.clinicdesk.domain.common.ClinicDeskException;

/** A sheet that may not be printed or given out now, with the reason in plain words. */
public final class SheetRefusedException extends ClinicDeskException {
    public SheetRefusedException(String message) {
        super(message);
    }
}

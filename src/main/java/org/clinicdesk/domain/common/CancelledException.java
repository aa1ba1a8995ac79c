package org.clinicdesk.domain.common;

/** Long work stopped because the person pressed Cancel; nothing was changed. */
public final class CancelledException extends ClinicDeskException {
    public CancelledException() {
        super(UserMessage.of("common.error.cancelled"));
    }
}

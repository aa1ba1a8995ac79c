package org.clinicdesk.domain.privacy;

import java.io.OutputStream;

/** The clinic's consent notice as a PDF for the visitor; implemented in {@code document}, plugged in by {@code app}. */
public interface ConsentNoticeDocument {
    void write(ConsentNotice notice, OutputStream out);
}

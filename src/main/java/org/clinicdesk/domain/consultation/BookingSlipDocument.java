package org.clinicdesk.domain.consultation;

import java.io.OutputStream;

/** Writes a booking slip as a PDF in the slip's language and paper; implemented in {@code document}. */
public interface BookingSlipDocument {
    void write(BookingSlip slip, OutputStream out);
}

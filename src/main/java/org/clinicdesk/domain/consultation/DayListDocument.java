package org.clinicdesk.domain.consultation;

import java.io.OutputStream;

/** Lays a day list out as a printable PDF; implemented in {@code document}, plugged in by {@code app}. */
public interface DayListDocument {
    void write(DayList list, OutputStream out);
}

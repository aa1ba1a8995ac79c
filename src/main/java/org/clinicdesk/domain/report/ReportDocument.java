package org.clinicdesk.domain.report;

import java.io.IOException;
import java.io.OutputStream;
import org.clinicdesk.domain.sheet.Letterhead;

/** Lays a report out as an A4 PDF under the clinic's letterhead; implemented in document. */
public interface ReportDocument {
    void write(Report report, Letterhead letterhead, OutputStream out) throws IOException;
}

package org.clinicdesk.domain.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report's figures as CSV (counts only, with the range and centre it covers); implemented in document. */
public interface ReportExportFile {
    void write(Report report, OutputStream out) throws IOException;
}

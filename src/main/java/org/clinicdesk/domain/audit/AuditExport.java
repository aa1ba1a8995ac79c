package org.clinicdesk.domain.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes audit entries to a file (CSV); implemented in the document layer. */
public interface AuditExport {
    void write(List<AuditEntry> entries, OutputStream out) throws IOException;
}

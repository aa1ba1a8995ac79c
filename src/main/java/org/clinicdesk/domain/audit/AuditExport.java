package org.clinicdesk.domain.audit;

import java.nio.file.Path;
import java.util.List;

/** Writes audit entries to a file (CSV); implemented in the document layer. */
public interface AuditExport {
    void write(List<AuditEntry> entries, Path file);
}

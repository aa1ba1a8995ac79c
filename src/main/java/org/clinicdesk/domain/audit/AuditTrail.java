package org.clinicdesk.domain.audit;

import java.util.List;

/** Reading the audit log (writing goes through {@link AuditLog}). */
public interface AuditTrail {
    /** Newest first, at most {@code limit} entries. */
    List<AuditEntry> find(AuditFilter filter, int limit);

    /** The kinds of record that appear in the log, for the filter. */
    List<String> entities();
}

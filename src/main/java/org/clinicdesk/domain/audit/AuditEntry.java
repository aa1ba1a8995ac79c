package org.clinicdesk.domain.audit;

import java.time.Instant;

/** One line of the audit log as managers read it: the staff member's name is looked up, not stored. */
public record AuditEntry(long id, Instant at, Long staffId, String staffName, String action, String entity,
                         Long entityId, String summary) {
    /** True for an entry a command-line job made ({@link AuditLog#COMMAND_LINE}). */
    public boolean byCommandLine() {
        return staffId == null && summary != null && summary.startsWith(AuditLog.COMMAND_LINE);
    }
}

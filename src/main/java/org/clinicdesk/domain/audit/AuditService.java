package org.clinicdesk.domain.audit;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;

/** Settings → Audit: managers read and export the log; the export itself is recorded. */
public final class AuditService {
    public static final int SHOWN = 2_000;
    private static final int EXPORTED = 1_000_000;

    private final AuditTrail trail;
    private final AuditLog log;
    private final AuditExport export;
    private final CurrentUser currentUser;

    public AuditService(AuditTrail trail, AuditLog log, AuditExport export, CurrentUser currentUser) {
        this.trail = trail;
        this.log = log;
        this.export = export;
        this.currentUser = currentUser;
    }

    public List<AuditEntry> find(AuditFilter filter) {
        currentUser.require(Permission.VIEW_AUDIT, "action.readAuditLog");
        return trail.find(filter, SHOWN);
    }

    public List<String> entities() {
        currentUser.require(Permission.VIEW_AUDIT, "action.readAuditLog");
        return trail.entities();
    }

    /** Writes every entry that matches to {@code file} as CSV; returns how many. */
    public int exportCsv(AuditFilter filter, Path file) {
        currentUser.require(Permission.VIEW_AUDIT, "action.readAuditLog");
        currentUser.require(Permission.EXPORT_DATA, "action.exportData");
        List<AuditEntry> entries = trail.find(filter, EXPORTED);
        export.write(entries, file);
        log.record(AuditAction.CSV_EXPORT, "audit_event", null, entries.size() + " audit entries exported");
        return entries.size();
    }
}

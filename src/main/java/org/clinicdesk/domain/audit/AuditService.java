package org.clinicdesk.domain.audit;

import java.util.List;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;
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
    private final OutputFiles outputs;

    public AuditService(AuditTrail trail, AuditLog log, AuditExport export, CurrentUser currentUser,
                        OutputFiles outputs) {
        this.outputs = outputs;
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
    public int exportCsv(AuditFilter filter, OutputTarget file) {
        return exportCsv(filter, file, Progress.NONE);
    }

    /**
     * As above, telling {@code progress} how far the writing is; Cancel stops it, no file is left (the output is
     * written beside the target and moved into place only when whole), and nothing is audited as exported.
     */
    public int exportCsv(AuditFilter filter, OutputTarget file, Progress progress) {
        currentUser.require(Permission.VIEW_AUDIT, "action.readAuditLog");
        currentUser.require(Permission.EXPORT_DATA, "action.exportData");
        List<AuditEntry> entries = trail.find(filter, EXPORTED);
        outputs.write(file, OutputFiles.Contents.PERSONAL_DATA, out -> export.write(new WatchedEntries(entries, progress), out),
                new OutputFiles.AuditNote(AuditAction.CSV_EXPORT, "audit_event", null,
                        entries.size() + " audit entries exported"));
        return entries.size();
    }

    /** The entries as the writer reads them one by one: every few hundred it reports progress and checks Cancel. */
    private static final class WatchedEntries extends java.util.AbstractList<AuditEntry> {
        private static final int STEP = 500;
        private final List<AuditEntry> entries;
        private final Progress progress;

        WatchedEntries(List<AuditEntry> entries, Progress progress) {
            this.entries = entries;
            this.progress = progress;
        }

        @Override
        public AuditEntry get(int index) {
            if (index % STEP == 0) {
                progress.checkCancelled();
                progress.update(index, entries.size(), "");
            }
            return entries.get(index);
        }

        @Override
        public int size() {
            return entries.size();
        }
    }
}

package org.clinicdesk.domain.transfer;

import java.nio.file.Path;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;

/** Exports to CSV: personal data leaves the program, so a manager only, and every export is in the audit log. */
public final class ExportService {
    private final ExportSource source;
    private final TableWriter writer;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    public ExportService(ExportSource source, TableWriter writer, CurrentUser currentUser, AuditLog auditLog) {
        this.source = source;
        this.writer = writer;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** Returns the number of enquiries written. */
    public int exportEnquiries(Path target) {
        currentUser.require(Permission.EXPORT_DATA, "export enquiries");
        CsvTable table = source.enquiries();
        writer.write(table, target);
        auditLog.record(AuditAction.CSV_EXPORT, "enquiry", null, "exported " + table.rows().size() + " enquiries to CSV");
        return table.rows().size();
    }

    public int exportConsultations(Path target) {
        currentUser.require(Permission.EXPORT_DATA, "export consultations");
        CsvTable table = source.consultations();
        writer.write(table, target);
        auditLog.record(AuditAction.CSV_EXPORT, "consultation", null,
                "exported " + table.rows().size() + " consultations to CSV");
        return table.rows().size();
    }
}

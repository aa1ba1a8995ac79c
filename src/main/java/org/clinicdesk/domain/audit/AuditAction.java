package org.clinicdesk.domain.audit;

/** The kinds of event the audit log records. */
public enum AuditAction {
    CREATE, CHANGE, STATUS_CHANGE, PRINT, PDF_EXPORT, CSV_EXPORT, IMPORT, ERASURE, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT,
    BACKUP, RESTORE, APPROVE, RETIRE
}

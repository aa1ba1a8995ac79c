package org.clinicdesk.domain.audit;

/**
 * Appends who did what to which record. The summary never holds personal data (no names, phones, notes): use ids,
 * statuses and counts. Called inside the same transaction as the change it records.
 */
public interface AuditLog {
    void record(AuditAction action, String entity, Long entityId, String summary);
}

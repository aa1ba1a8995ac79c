package org.clinicdesk.domain.audit;

/**
 * Appends who did what to which record. The summary never holds personal data (no names, phones, notes): use ids,
 * statuses and counts. Called inside the same transaction as the change it records.
 */
public interface AuditLog {
    /** Starts the summary of an entry a command-line job made (it has no staff id). */
    String COMMAND_LINE = "[command line] ";

    void record(AuditAction action, String entity, Long entityId, String summary);

    /** One entry of {@link #recordAll}. */
    record Entry(AuditAction action, String entity, Long entityId, String summary) {
    }

    /** As {@link #record} for each entry, in order (an import's many new enquiries). */
    default void recordAll(java.util.List<Entry> entries) {
        entries.forEach(e -> record(e.action(), e.entity(), e.entityId(), e.summary()));
    }
}

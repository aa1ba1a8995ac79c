package org.clinicdesk.domain.audit;

import java.time.Instant;

/** What to show of the audit log; a null part means "any". {@code to} is exclusive. */
public record AuditFilter(Long staffId, String entity, AuditAction action, Instant from, Instant to) {
    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null);
}

package org.clinicdesk.domain.privacy;

import java.time.Instant;

/** An enquiry with no activity since {@code lastActivity}, listed for a manager to confirm its erasure. */
public record RetentionCandidate(long enquiryId, Instant createdAt, Instant lastActivity, String status) {
}

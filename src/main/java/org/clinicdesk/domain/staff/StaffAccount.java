package org.clinicdesk.domain.staff;

import java.time.Instant;

/** A staff account with its sign-in state; only the staff service sees the password hash. */
public record StaffAccount(StaffMember member, String passwordHash, int failedAttempts, Instant lockedUntil) {
    public long id() {
        return member.id();
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}

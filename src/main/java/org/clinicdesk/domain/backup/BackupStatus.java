package org.clinicdesk.domain.backup;

import java.time.Instant;

/**
 * The last backup that worked and the last one that failed. Today shows {@link #failing()} until a backup succeeds.
 *
 * @param failureMessage what went wrong, in plain words; null when nothing failed
 */
public record BackupStatus(Instant lastSuccess, String lastSuccessFile, Instant lastFailure, String failureMessage) {
    public static final BackupStatus NEVER = new BackupStatus(null, null, null, null);

    /** True when the newest attempt failed: a success clears the failure. */
    public boolean failing() {
        return lastFailure != null && (lastSuccess == null || !lastFailure.isBefore(lastSuccess));
    }

    public boolean neverBackedUp() {
        return lastSuccess == null;
    }
}

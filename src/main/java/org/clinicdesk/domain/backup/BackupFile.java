package org.clinicdesk.domain.backup;

import java.nio.file.Path;
import java.time.Instant;

/** One backup on disk: where it is, when it was taken, how big it is. */
public record BackupFile(Path file, Instant takenAt, long sizeBytes) {
}

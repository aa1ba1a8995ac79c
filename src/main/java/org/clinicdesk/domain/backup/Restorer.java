package org.clinicdesk.domain.backup;

import java.nio.file.Path;
import org.clinicdesk.domain.common.Progress;

/** Swaps the data in use for a backup; the application closes its database, switches files and reopens. */
public interface Restorer {
    void restore(Path backupFile, Progress progress);
}

package org.clinicdesk.domain.backup;

import java.nio.file.Path;
import org.clinicdesk.domain.common.Progress;

/** Swaps the data in use for a backup; the application closes its database, switches files and reopens. */
public interface Restorer {
    /** Returns what the restore did beyond the swap (the erasures applied again). */
    RestoreReport restore(Path backupFile, Progress progress);
}

package org.clinicdesk.domain.backup;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.common.Progress;

/** Backups of the live database: take one, list them, and remember how the last one went. */
public interface Backups {
    /** Takes a checked backup into the backup folder and prunes old ones; remembers a failure before rethrowing. */
    BackupFile backupNow(Progress progress);

    /**
     * The daily backup: first the full integrity check of the live data file (slow on a large file, so it runs here
     * in the background and never in front of the window at start), then {@link #backupNow}. A file that fails the
     * check is reported as a failed backup, and the older, good backups are kept.
     */
    BackupFile checkDataThenBackUp(Progress progress);

    /** Takes a checked backup into {@code folder} (no pruning there unless it is the backup folder). */
    BackupFile backupTo(Path folder, Progress progress);

    BackupStatus lastBackupStatus();

    /** Backups in the backup folder, newest first. */
    List<BackupFile> list();

    Path folder();

    /** Points backups at another folder (a USB or network drive); null goes back to the default. */
    void setFolder(Path folder);
}

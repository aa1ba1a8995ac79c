package org.clinicdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.ErasureLedgerFile;
import org.clinicdesk.store.PendingAuditFile;
import org.clinicdesk.store.backup.RestoreService;

/**
 * What no output may touch in a data folder: the database and its side files, the lock, the erasure ledger, the kept
 * audit entries, backups and safety copies.
 */
final class DataFolderOutputs {
    private DataFolderOutputs() {
    }

    /**
     * @param backupFolder the backup folder set in Settings (asked on every write); null or returning null: the
     *                     default one only
     */
    static OutputFiles of(Path dataDir, Supplier<Path> backupFolder, AuditLog audit) {
        Path db = dataDir.resolve(Database.FILE_NAME);
        List<Path> files = List.of(db, side(db, "-wal"), side(db, "-shm"), side(db, "-journal"),
                dataDir.resolve(InstanceLock.FILE_NAME), dataDir.resolve(ErasureLedgerFile.FILE_NAME),
                dataDir.resolve(PendingAuditFile.FILE_NAME));
        return new OutputFiles(files, () -> {
            List<Path> folders = new ArrayList<>(List.of(dataDir.resolve("backups"),
                    dataDir.resolve(RestoreService.SAFETY_FOLDER)));
            Path chosen = backupFolder == null ? null : backupFolder.get();
            if (chosen != null) {
                folders.add(chosen);
            }
            return folders;
        }, audit);
    }

    private static Path side(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }
}

package org.clinicdesk.domain.backup;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;

/** What Settings → Backups may do, for a manager: back up now, restore, choose the folder. Audited. */
public final class BackupActions {
    private final Backups backups;
    private final Restorer restorer;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    public BackupActions(Backups backups, Restorer restorer, CurrentUser currentUser, AuditLog auditLog) {
        this.backups = backups;
        this.restorer = restorer;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    public BackupStatus status() {
        return backups.lastBackupStatus();
    }

    public List<BackupFile> list() {
        return backups.list();
    }

    public Path folder() {
        return backups.folder();
    }

    public BackupFile backupNow(Progress progress) {
        require("action.makeBackup");
        BackupFile made = backups.backupNow(progress);
        auditLog.record(AuditAction.BACKUP, "database", null, "backup now");
        return made;
    }

    public void setFolder(Path folder) {
        require("action.changeBackupFolder");
        backups.setFolder(folder);
        auditLog.record(AuditAction.CHANGE, "setting", null, "backup folder changed");
    }

    /**
     * Restores {@code backupFile}; afterwards the application runs on the restored data, with every erasure made
     * after the backup applied again (the report says how many).
     */
    public RestoreReport restore(Path backupFile, Progress progress) {
        require("action.restoreBackup");
        if (restorer == null) {
            throw new org.clinicdesk.domain.common.ClinicDeskException(
                    org.clinicdesk.domain.common.UserMessage.of("backup.error.restoreOnlyFromCommandLine"));
        }
        return restorer.restore(backupFile, progress);
    }

    /** Refuses when nobody is signed in, as every service check does (command-line jobs use Backups directly). */
    private void require(String what) {
        currentUser.require(Permission.BACKUP_RESTORE, what);
    }
}

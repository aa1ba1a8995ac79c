package org.clinicdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.backup.BackupScheduler;
import org.clinicdesk.domain.backup.Backups;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.transfer.ExportService;
import org.clinicdesk.domain.transfer.ImportService;
import org.clinicdesk.document.csv.CsvWriting;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.JooqAuditLog;
import org.clinicdesk.store.JooqClinicRepository;
import org.clinicdesk.store.backup.BackupService;
import org.clinicdesk.store.backup.RestoreService;
import org.clinicdesk.store.transfer.JooqEnquiryImportStore;
import org.clinicdesk.store.transfer.JooqExportSource;

/** The one place that builds every service, with constructors only. Closing it closes the database. */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final boolean demo;
    private final Clock clock;
    private final Database database;
    private final CurrentUser currentUser = new CurrentUser();
    private final AuditLog auditLog;
    private final ClinicService clinicService;
    private final Backups backups;
    private final BackupScheduler backupScheduler;
    private volatile boolean closed;
    private final ImportService importService;
    private final ExportService exportService;

    private AppContext(Path dataDir, boolean demo, Clock clock, Database database) {
        this.dataDir = dataDir;
        this.demo = demo;
        this.clock = clock;
        this.database = database;
        this.auditLog = new JooqAuditLog(database, clock, currentUser);
        this.clinicService = new ClinicService(new JooqClinicRepository(database, clock), database);
        this.backups = new BackupService(database, dataDir, clock);
        this.backupScheduler = new BackupScheduler(backups, clock, java.time.Duration.ofHours(1));
        this.importService = new ImportService(new JooqEnquiryImportStore(database, clock), database, currentUser,
                auditLog, clock);
        this.exportService = new ExportService(new JooqExportSource(database), new CsvWriting(), currentUser, auditLog);
    }

    /** Opens (and migrates) the database in {@code dataDir}. The caller holds the {@link InstanceLock}. */
    public static AppContext open(Path dataDir, boolean demo, Clock clock) {
        DataDirectory.prepare(dataDir);
        Database database = Database.open(dataDir.resolve(Database.FILE_NAME));
        DataDirectory.restrictFile(database.file());
        return new AppContext(dataDir, demo, clock, database);
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean demo() {
        return demo;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public CurrentUser currentUser() {
        return currentUser;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public ClinicService clinicService() {
        return clinicService;
    }

    public Backups backups() {
        return backups;
    }

    /** Not started here: the window starts it; command-line jobs take their one backup themselves. */
    public BackupScheduler backupScheduler() {
        return backupScheduler;
    }

    public ImportService importService() {
        return importService;
    }

    public ExportService exportService() {
        return exportService;
    }

    /**
     * Restores {@code backupFile}: checks and migrates a copy (cancellable through {@code progress}), then closes this
     * context's database, keeps a safety copy of the live file, swaps the files and opens a new context on the
     * restored data. If the check fails or is cancelled, this context stays open and nothing changed. Once the switch
     * has begun this context is closed: use the one returned; if the restored file cannot be opened, the previous
     * file is put back and the exception says so (open a new context on it). The caller holds the {@link InstanceLock}.
     */
    public AppContext restoreFrom(Path backupFile, Progress progress) {
        RestoreService restore = new RestoreService(database.file(), clock);
        RestoreService.StagedRestore staged = restore.stage(backupFile, progress);
        progress.checkCancelled();
        backupScheduler.close();
        database.close();
        closed = true;
        AppContext fresh = switchAndOpen(restore, staged, dataDir, demo, clock);
        currentUser.get().ifPresent(fresh.currentUser::signIn);
        fresh.recordRestore(staged, progress);
        return fresh;
    }

    /**
     * Restores with no database open (command line, or a data file too damaged to open): the caller holds the
     * {@link InstanceLock}. Returns a context on the restored data.
     */
    public static AppContext restoreWithoutOpening(Path dataDir, boolean demo, Clock clock, Path backupFile,
                                                   Progress progress) {
        DataDirectory.prepare(dataDir);
        RestoreService restore = new RestoreService(dataDir.resolve(Database.FILE_NAME), clock);
        RestoreService.StagedRestore staged = restore.stage(backupFile, progress);
        progress.checkCancelled();
        AppContext fresh = switchAndOpen(restore, staged, dataDir, demo, clock);
        fresh.recordRestore(staged, progress);
        return fresh;
    }

    private static AppContext switchAndOpen(RestoreService restore, RestoreService.StagedRestore staged, Path dataDir,
                                            boolean demo, Clock clock) {
        Path safety = restore.switchTo(staged);
        try {
            return open(dataDir, demo, clock);
        } catch (RuntimeException e) {
            restore.putBack(safety);
            throw new org.clinicdesk.domain.common.ClinicDeskException("The restored file could not be opened ("
                    + e.getMessage() + "); the data as it was before has been put back.", e);
        }
    }

    private void recordRestore(RestoreService.StagedRestore staged, Progress progress) {
        auditLog.record(AuditAction.RESTORE, "database", null,
                "restored a backup (schema " + staged.schemaVersion() + "); safety copy kept");
        progress.update(4, 4, "Restored");
    }

    /** True once {@link #close()} ran, or a restore closed this context to switch files. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        backupScheduler.close();
        database.close();
    }
}

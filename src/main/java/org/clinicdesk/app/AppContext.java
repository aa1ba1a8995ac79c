package org.clinicdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.clinicdesk.document.AuditCsv;
import org.clinicdesk.document.BookingSlipPdf;
import org.clinicdesk.document.ReportCsv;
import org.clinicdesk.document.ReportPdf;
import org.clinicdesk.document.SheetPdfRenderer;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.audit.AuditService;
import org.clinicdesk.domain.backup.BackupActions;
import org.clinicdesk.domain.backup.BackupScheduler;
import org.clinicdesk.domain.backup.Backups;
import org.clinicdesk.domain.backup.RestoreReport;
import org.clinicdesk.domain.backup.Restorer;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.consultation.BookingSlipService;
import org.clinicdesk.domain.consultation.ClinicianService;
import org.clinicdesk.domain.consultation.ConsultationService;
import org.clinicdesk.domain.consultation.ConsultationStatusService;
import org.clinicdesk.domain.enquiry.EnquiryService;
import org.clinicdesk.domain.enquiry.FollowUpQueue;
import org.clinicdesk.domain.enquiry.PossibleSamePerson;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.privacy.PrivacyService;
import org.clinicdesk.domain.report.ReportService;
import org.clinicdesk.domain.sheet.BundledSheetLoader;
import org.clinicdesk.domain.sheet.HandoutService;
import org.clinicdesk.domain.sheet.SheetOutput;
import org.clinicdesk.domain.sheet.SheetService;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.PasswordHasher;
import org.clinicdesk.domain.staff.SignInService;
import org.clinicdesk.domain.staff.StaffService;
import org.clinicdesk.domain.today.TodayService;
import org.clinicdesk.domain.transfer.ImportService;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.ErasureLedgerFile;
import org.clinicdesk.store.JooqAuditLog;
import org.clinicdesk.store.JooqAuditTrail;
import org.clinicdesk.store.JooqClinicRepository;
import org.clinicdesk.store.JooqClinicianRepository;
import org.clinicdesk.store.JooqConsultationRepository;
import org.clinicdesk.store.JooqEnquiryRepository;
import org.clinicdesk.store.JooqPrivacyRepository;
import org.clinicdesk.store.JooqReportRepository;
import org.clinicdesk.store.JooqSheetRepository;
import org.clinicdesk.store.JooqStaffRepository;
import org.clinicdesk.store.JooqTodayRepository;
import org.clinicdesk.store.PendingAuditFile;
import org.clinicdesk.store.backup.BackupService;
import org.clinicdesk.store.backup.RestoreService;
import org.clinicdesk.store.transfer.JooqColumnMappings;
import org.clinicdesk.ui.common.ExternalLinks;
import org.clinicdesk.ui.common.TaskRunner;
import org.clinicdesk.ui.shell.UiServices;

/** The one place that builds every service, with constructors only. Closing it closes the database. */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final boolean demo;
    private final Clock clock;
    private final Database database;
    private final CurrentUser currentUser = new CurrentUser();
    private final AuditLog auditLog;
    private final ClinicService clinicService;
    private final StaffService staffService;
    private final SignInService signInService;
    private final AuditService auditService;
    private final PrivacyService privacyService;
    private RestoreReport restoreReport = RestoreReport.NOTHING_AGAIN;
    private final ClinicianService clinicianService;
    private final ConsultationService consultationService;
    private final ConsultationStatusService consultationStatusService;
    private final TodayService todayService;
    private final EnquiryService enquiryService;
    private final FollowUpQueue followUpQueue;
    private final SheetService sheetService;
    private final HandoutService handoutService;
    private final BundledSheetLoader bundledSheetLoader;
    private final SheetPdfRenderer sheetRenderer = new SheetPdfRenderer();
    private final SheetOutput sheetOutput;
    private final Backups backups;
    private final BackupScheduler backupScheduler;
    private final ImportService importService;
    private final ReportService reportService;
    private final OutputFiles outputs;
    private final BookingSlipService bookingSlipService;
    private volatile boolean closed;

    private AppContext(Path dataDir, boolean demo, Clock clock, Database database) {
        this.dataDir = dataDir;
        this.demo = demo;
        this.clock = clock;
        this.database = database;
        this.auditLog = new JooqAuditLog(database, clock, currentUser);
        BackupService backupService = new BackupService(database, dataDir, clock);
        this.backups = backupService;
        this.outputs = DataFolderOutputs.of(dataDir, backupService::folder, auditLog);
        this.clinicService = new ClinicService(new JooqClinicRepository(database, clock), database, currentUser, auditLog);
        JooqStaffRepository staff = new JooqStaffRepository(database, clock);
        this.staffService = new StaffService(staff, database, auditLog, currentUser, PasswordHasher.STANDARD);
        this.signInService = new SignInService(staff, database, auditLog, currentUser, PasswordHasher.STANDARD, clock, demo);
        this.auditService = new AuditService(new JooqAuditTrail(database), auditLog, new AuditCsv(clock.getZone()),
                currentUser, outputs);
        JooqEnquiryRepository enquiries = new JooqEnquiryRepository(database);
        this.privacyService = new PrivacyService(new JooqPrivacyRepository(database), clinicService, database, auditLog,
                currentUser, clock, new ErasureLedgerFile(dataDir), new PossibleSamePerson(enquiries));
        JooqClinicianRepository clinicians = new JooqClinicianRepository(database, clock);
        JooqConsultationRepository consultations = new JooqConsultationRepository(database, clock, currentUser);
        this.clinicianService = new ClinicianService(clinicians, database, currentUser, auditLog);
        this.consultationService = new ConsultationService(consultations, clinicians, clinicService, database,
                currentUser, auditLog, clock);
        this.consultationStatusService = new ConsultationStatusService(consultationService, consultations, database,
                currentUser, auditLog);
        this.todayService = new TodayService(new JooqTodayRepository(database), consultationService, currentUser);
        this.enquiryService = new EnquiryService(enquiries, database, auditLog, currentUser, clock, outputs);
        this.followUpQueue = new FollowUpQueue(enquiries, currentUser, clock);
        this.bookingSlipService = new BookingSlipService(consultationService, consultations, clinicians, clinicService,
                enquiryService, new BookingSlipPdf(), database, currentUser, auditLog, outputs, demo);
        JooqSheetRepository sheets = new JooqSheetRepository(database, clock);
        this.sheetService = new SheetService(sheets, database, auditLog, currentUser, clock);
        this.handoutService = new HandoutService(sheets, database, auditLog, currentUser, clock);
        this.sheetOutput = new SheetOutput(handoutService, clinicService, sheetRenderer, demo, outputs);
        this.bundledSheetLoader = new BundledSheetLoader(sheets, clinicService, database, auditLog, clock);
        this.backupScheduler = new BackupScheduler(backups, clock, java.time.Duration.ofHours(1));
        this.importService = new ImportService(new JooqColumnMappings(database, clock), enquiryService, clinicService,
                database, currentUser, auditLog, clock);
        this.reportService = new ReportService(new JooqReportRepository(database), clinicService, new ReportCsv(),
                new ReportPdf(), auditLog, currentUser, clock, outputs);
    }

    /** Opens (and migrates) the database in {@code dataDir}. The caller holds the {@link InstanceLock}. */
    public static AppContext open(Path dataDir, boolean demo, Clock clock) {
        DataDirectory.prepare(dataDir);
        Database database = Database.open(dataDir.resolve(Database.FILE_NAME));
        DataDirectory.restrictFile(database.file());
        AppContext context = new AppContext(dataDir, demo, clock, database);
        // what the damaged-file rescue did while no database could take an audit entry
        new PendingAuditFile(dataDir).writeInto(context.auditLog);
        return context;
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

    public StaffService staffService() {
        return staffService;
    }

    public SignInService signInService() {
        return signInService;
    }

    public AuditService auditService() {
        return auditService;
    }

    public PrivacyService privacyService() {
        return privacyService;
    }

    public SheetService sheetService() {
        return sheetService;
    }

    public HandoutService handoutService() {
        return handoutService;
    }

    public BundledSheetLoader bundledSheetLoader() {
        return bundledSheetLoader;
    }

    /** Print rules, letterhead, the sheet PDF and the handout log, for whoever prints or saves sheets. */
    public SheetOutput sheetOutput() {
        return sheetOutput;
    }

    public SheetPdfRenderer sheetRenderer() {
        return sheetRenderer;
    }

    /** The one way to write a file a person asked for: never onto the data, ask before replacing, audited. */
    public OutputFiles outputs() {
        return outputs;
    }

    public ClinicianService clinicianService() {
        return clinicianService;
    }

    public ConsultationService consultationService() {
        return consultationService;
    }

    public ConsultationStatusService consultationStatusService() {
        return consultationStatusService;
    }

    public TodayService todayService() {
        return todayService;
    }

    public EnquiryService enquiryService() {
        return enquiryService;
    }

    public FollowUpQueue followUpQueue() {
        return followUpQueue;
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

    public ReportService reportService() {
        return reportService;
    }

    /** Booking slips: the facts, the PDF and the line on the enquiry's timeline. */
    public BookingSlipService bookingSlipService() {
        return bookingSlipService;
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
        privacyService.recordErasuresInLedger();
        backupScheduler.close();
        database.close();
        closed = true;
        AppContext fresh = switchAndOpen(restore, staged, dataDir, demo, clock);
        // nobody is signed in on the restored data: the staff list may differ, so the person signs in again
        fresh.recordRestore(staged, progress, currentUser.idOrNull());
        return fresh;
    }

    /**
     * Restores with no database open (command line, or a data file too damaged to open): the caller holds the
     * {@link InstanceLock}. Returns a context on the restored data.
     */
    public static AppContext restoreWithoutOpening(Path dataDir, boolean demo, Clock clock, Path backupFile,
                                                   Progress progress) {
        return restoreWithoutOpening(dataDir, demo, clock, backupFile, progress, false);
    }

    /**
     * As above; with {@code byCommandLine} the restore and the erasures it applies again are audited as the
     * command-line actor ({@code --restore}), who stays signed in on the context returned.
     */
    public static AppContext restoreWithoutOpening(Path dataDir, boolean demo, Clock clock, Path backupFile,
                                                   Progress progress, boolean byCommandLine) {
        DataDirectory.prepare(dataDir);
        RestoreService restore = new RestoreService(dataDir.resolve(Database.FILE_NAME), clock);
        RestoreService.StagedRestore staged = restore.stage(backupFile, progress);
        progress.checkCancelled();
        OldFileErasures.intoLedger(dataDir);
        AppContext fresh = switchAndOpen(restore, staged, dataDir, demo, clock);
        if (byCommandLine) {
            fresh.currentUser.actAsCommandLine();
        }
        fresh.recordRestore(staged, progress, null);
        return fresh;
    }

    private static AppContext switchAndOpen(RestoreService restore, RestoreService.StagedRestore staged, Path dataDir,
                                            boolean demo, Clock clock) {
        Path safety = restore.switchTo(staged);
        try {
            return open(dataDir, demo, clock);
        } catch (RuntimeException e) {
            restore.putBack(safety);
            throw new org.clinicdesk.domain.common.ClinicDeskException(org.clinicdesk.domain.common.UserMessage.of(
                    "backup.error.restoredFileUnusable", reason(e)), e);
        }
    }

    /** Why a file could not be opened, as a message the UI can word (or the English text of a plain failure). */
    private static Object reason(RuntimeException e) {
        return e instanceof org.clinicdesk.domain.common.ClinicDeskException c && c.userMessage().isPresent()
                ? c.userMessage().get() : String.valueOf(e.getMessage());
    }

    /** Applies the erasures made after the backup again (before anyone sees the data), then audits the restore. */
    private void recordRestore(RestoreService.StagedRestore staged, Progress progress, Long byStaff) {
        int again = privacyService.applyLedger();
        auditLog.record(AuditAction.RESTORE, "database", null, "restored a backup (schema " + staged.schemaVersion()
                + "); safety copy kept; " + again + " later erasures applied again"
                + (byStaff == null ? "" : "; by staff id " + byStaff));
        restoreReport = new RestoreReport(again);
        progress.update(4, 4, "Restored");
    }

    /** What the restore that made this context did; {@link RestoreReport#NOTHING_AGAIN} if none did. */
    public RestoreReport restoreReport() {
        return restoreReport;
    }

    /** True once {@link #close()} ran, or a restore closed this context to switch files. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * What the screens get, one record per feature, with the document layer's renderers behind their domain ports.
     * The one place a {@link UiServices} is built, for the application and for UI tests alike.
     */
    public UiServices uiServices(TaskRunner tasks, ExternalLinks links) {
        return uiServices(tasks, links, null);
    }

    /** As above, with the application's way of restoring a backup (null: Restore refuses, e.g. in UI tests). */
    public UiServices uiServices(TaskRunner tasks, ExternalLinks links, Restorer restorer) {
        return UiWiring.uiServices(this, tasks, links, new BackupActions(backups, restorer, currentUser, auditLog));
    }

    @Override
    public void close() {
        closed = true;
        backupScheduler.close();
        database.close();
    }
}

package org.clinicdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.clinicdesk.document.AuditCsv;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.audit.AuditService;
import org.clinicdesk.document.SheetPdfRenderer;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.privacy.PrivacyService;
import org.clinicdesk.domain.enquiry.EnquiryService;
import org.clinicdesk.domain.enquiry.FollowUpQueue;
import org.clinicdesk.domain.sheet.BundledSheetLoader;
import org.clinicdesk.domain.sheet.HandoutService;
import org.clinicdesk.domain.sheet.SheetService;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.PasswordHasher;
import org.clinicdesk.domain.staff.SignInService;
import org.clinicdesk.domain.staff.StaffService;
import org.clinicdesk.domain.consultation.ClinicianService;
import org.clinicdesk.domain.consultation.ConsultationService;
import org.clinicdesk.domain.consultation.ConsultationStatusService;
import org.clinicdesk.domain.today.TodayService;
import org.clinicdesk.store.Database;
import org.clinicdesk.ui.common.ExternalLinks;
import org.clinicdesk.ui.common.TaskRunner;
import org.clinicdesk.ui.shell.UiServices;
import org.clinicdesk.ui.sheet.SheetDesk;
import org.clinicdesk.ui.sheet.SheetOutput;
import org.clinicdesk.store.JooqAuditLog;
import org.clinicdesk.store.JooqAuditTrail;
import org.clinicdesk.store.JooqClinicRepository;
import org.clinicdesk.store.JooqClinicianRepository;
import org.clinicdesk.store.JooqConsultationRepository;
import org.clinicdesk.store.JooqTodayRepository;
import org.clinicdesk.store.JooqPrivacyRepository;
import org.clinicdesk.store.JooqStaffRepository;
import org.clinicdesk.store.JooqEnquiryRepository;
import org.clinicdesk.store.JooqSheetRepository;

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

    private AppContext(Path dataDir, boolean demo, Clock clock, Database database) {
        this.dataDir = dataDir;
        this.demo = demo;
        this.clock = clock;
        this.database = database;
        this.auditLog = new JooqAuditLog(database, clock, currentUser);
        this.clinicService = new ClinicService(new JooqClinicRepository(database, clock), database, currentUser, auditLog);
        JooqStaffRepository staff = new JooqStaffRepository(database, clock);
        this.staffService = new StaffService(staff, database, auditLog, currentUser, PasswordHasher.STANDARD);
        this.signInService = new SignInService(staff, database, auditLog, currentUser, PasswordHasher.STANDARD, clock, demo);
        this.auditService = new AuditService(new JooqAuditTrail(database), auditLog, new AuditCsv(clock.getZone()),
                currentUser);
        this.privacyService = new PrivacyService(new JooqPrivacyRepository(database), clinicService, database, auditLog,
                currentUser, clock);
        JooqClinicianRepository clinicians = new JooqClinicianRepository(database, clock);
        JooqConsultationRepository consultations = new JooqConsultationRepository(database, clock, currentUser);
        this.clinicianService = new ClinicianService(clinicians, database, currentUser, auditLog);
        this.consultationService = new ConsultationService(consultations, clinicians, clinicService, database,
                currentUser, auditLog, clock);
        this.consultationStatusService = new ConsultationStatusService(consultationService, consultations, database,
                currentUser, auditLog);
        this.todayService = new TodayService(new JooqTodayRepository(database), consultationService);
        JooqEnquiryRepository enquiries = new JooqEnquiryRepository(database);
        this.enquiryService = new EnquiryService(enquiries, database, auditLog, currentUser, clock);
        this.followUpQueue = new FollowUpQueue(enquiries, clock);
        JooqSheetRepository sheets = new JooqSheetRepository(database, clock);
        this.sheetService = new SheetService(sheets, database, auditLog, currentUser, clock);
        this.handoutService = new HandoutService(sheets, database, auditLog, currentUser, clock);
        this.bundledSheetLoader = new BundledSheetLoader(sheets, clinicService, database, auditLog, clock);
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

    public SheetPdfRenderer sheetRenderer() {
        return sheetRenderer;
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

    /**
     * What the screens get: every service they use, the task runner and the link opener. The one place a
     * {@link UiServices} is built, for the application and for UI tests alike.
     */
    public UiServices uiServices(TaskRunner tasks, ExternalLinks links) {
        SheetDesk sheets = new SheetDesk(sheetService, new SheetOutput(handoutService, clinicService, sheetRenderer, demo));
        return new UiServices(clinicService, tasks, database.file(), demo, enquiryService, followUpQueue, links,
                staffService, signInService, auditService, privacyService, sheets, clinicianService, consultationService,
                consultationStatusService, todayService);
    }

    @Override
    public void close() {
        database.close();
    }
}

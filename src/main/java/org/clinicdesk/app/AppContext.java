package org.clinicdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.consultation.ClinicianService;
import org.clinicdesk.domain.consultation.ConsultationService;
import org.clinicdesk.domain.consultation.ConsultationStatusService;
import org.clinicdesk.domain.enquiry.EnquiryService;
import org.clinicdesk.domain.enquiry.FollowUpQueue;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.today.TodayService;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.JooqAuditLog;
import org.clinicdesk.store.JooqClinicRepository;
import org.clinicdesk.store.JooqClinicianRepository;
import org.clinicdesk.store.JooqConsultationRepository;
import org.clinicdesk.store.JooqTodayRepository;
import org.clinicdesk.store.JooqEnquiryRepository;

/** The one place that builds every service, with constructors only. Closing it closes the database. */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private final boolean demo;
    private final Clock clock;
    private final Database database;
    private final CurrentUser currentUser = new CurrentUser();
    private final AuditLog auditLog;
    private final ClinicService clinicService;
    private final ClinicianService clinicianService;
    private final ConsultationService consultationService;
    private final ConsultationStatusService consultationStatusService;
    private final TodayService todayService;
    private final EnquiryService enquiryService;
    private final FollowUpQueue followUpQueue;

    private AppContext(Path dataDir, boolean demo, Clock clock, Database database) {
        this.dataDir = dataDir;
        this.demo = demo;
        this.clock = clock;
        this.database = database;
        this.auditLog = new JooqAuditLog(database, clock, currentUser);
        this.clinicService = new ClinicService(new JooqClinicRepository(database, clock), database);
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

    @Override
    public void close() {
        database.close();
    }
}

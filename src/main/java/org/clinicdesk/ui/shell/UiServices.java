package org.clinicdesk.ui.shell;

import java.nio.file.Path;
import org.clinicdesk.domain.audit.AuditService;
import org.clinicdesk.domain.backup.BackupActions;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.consultation.ClinicianService;
import org.clinicdesk.domain.consultation.ConsultationService;
import org.clinicdesk.domain.consultation.ConsultationStatusService;
import org.clinicdesk.domain.today.TodayService;
import org.clinicdesk.domain.enquiry.EnquiryService;
import org.clinicdesk.domain.enquiry.FollowUpQueue;
import org.clinicdesk.domain.privacy.PrivacyService;
import org.clinicdesk.domain.staff.SignInService;
import org.clinicdesk.domain.staff.StaffService;
import org.clinicdesk.domain.transfer.ImportService;
import org.clinicdesk.ui.common.ExternalLinks;
import org.clinicdesk.ui.common.TaskRunner;
import org.clinicdesk.ui.sheet.SheetServices;

/**
 * What the screens are given by the application: domain services, the task runner, and facts about this run.
 * {@code backupActions} and {@code importService} feed the Backups and Import tabs of Settings (null: no such tab).
 */
public record UiServices(ClinicService clinicService, TaskRunner tasks, Path dataFile, boolean demo,
                         EnquiryService enquiryService, FollowUpQueue followUpQueue, ExternalLinks links,
                         StaffService staffService, SignInService signInService, AuditService auditService,
                         PrivacyService privacyService, SheetServices sheets, ClinicianService clinicianService,
                         ConsultationService consultationService, ConsultationStatusService consultationStatusService,
                         TodayService todayService, BackupActions backupActions, ImportService importService) {

    /** Without the Backups and Import tabs (tests of other screens). */
    public UiServices(ClinicService clinicService, TaskRunner tasks, Path dataFile, boolean demo,
                      EnquiryService enquiryService, FollowUpQueue followUpQueue, ExternalLinks links,
                      StaffService staffService, SignInService signInService, AuditService auditService,
                      PrivacyService privacyService, SheetServices sheets, ClinicianService clinicianService,
                      ConsultationService consultationService, ConsultationStatusService consultationStatusService,
                      TodayService todayService) {
        this(clinicService, tasks, dataFile, demo, enquiryService, followUpQueue, links, staffService, signInService,
                auditService, privacyService, sheets, clinicianService, consultationService, consultationStatusService,
                todayService, null, null);
    }
}

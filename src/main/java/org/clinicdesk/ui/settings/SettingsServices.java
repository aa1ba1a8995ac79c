package org.clinicdesk.ui.settings;

import org.clinicdesk.domain.audit.AuditService;
import org.clinicdesk.domain.backup.BackupActions;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.consultation.ClinicianService;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.privacy.PrivacyService;
import org.clinicdesk.domain.staff.StaffService;
import org.clinicdesk.domain.transfer.ImportService;
import org.clinicdesk.domain.transfer.TableReader;

/** What the Settings tabs are given by the application; {@code backups} and {@code imports} null: no such tab. */
public record SettingsServices(ClinicService clinic, StaffService staff, AuditService audit, PrivacyService privacy,
                               ClinicianService clinicians, BackupActions backups, ImportService imports,
                               TableReader tables, OutputFiles outputs) {
}

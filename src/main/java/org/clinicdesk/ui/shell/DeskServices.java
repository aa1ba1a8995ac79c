package org.clinicdesk.ui.shell;

import java.nio.file.Path;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.privacy.ConsentNoticeDocument;
import org.clinicdesk.domain.privacy.PrivacyService;
import org.clinicdesk.domain.staff.SignInService;
import org.clinicdesk.domain.staff.StaffService;
import org.clinicdesk.ui.common.ExternalLinks;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * What every screen shares (the task runner, the link opener) and what the shell itself uses: facts about this run,
 * the clinic, signing in, the first manager, the consent notice on the status line, and the one way to write files.
 */
public record DeskServices(TaskRunner tasks, ExternalLinks links, Path dataFile, boolean demo, ClinicService clinic,
                           SignInService signIn, StaffService staff, PrivacyService privacy,
                           ConsentNoticeDocument consentNotice, OutputFiles outputs) {
}

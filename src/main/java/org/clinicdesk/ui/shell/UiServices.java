package org.clinicdesk.ui.shell;

import java.nio.file.Path;
import org.clinicdesk.domain.backup.BackupActions;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.transfer.ImportService;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * What the screens are given by the application: domain services, the task runner, and facts about this run.
 * {@code backupActions} and {@code importService} may be null (no Backups or Import tab), as in tests of other screens.
 */
public record UiServices(ClinicService clinicService, TaskRunner tasks, Path dataFile, boolean demo,
                         BackupActions backupActions, ImportService importService) {
    public UiServices(ClinicService clinicService, TaskRunner tasks, Path dataFile, boolean demo) {
        this(clinicService, tasks, dataFile, demo, null, null);
    }
}

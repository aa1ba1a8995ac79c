package org.clinicdesk.ui.backup;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.clinicdesk.domain.backup.BackupActions;
import org.clinicdesk.domain.backup.BackupStatus;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.clinicdesk.ui.common.TaskRunner;

/** The line on Today that says the last backup failed; it shows until a backup succeeds. */
public final class BackupNotice {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    private final Label label = new Label();
    private final BackupActions actions;
    private final TaskRunner tasks;

    public BackupNotice(BackupActions actions, TaskRunner tasks) {
        this.actions = actions;
        this.tasks = tasks;
        label.setId("today-backup-failed");
        label.getStyleClass().addAll(Styles.FORM_ERROR, Styles.BACKUP_FAILING);
        label.setWrapText(true);
        label.managedProperty().bind(label.visibleProperty());
        label.setVisible(false);
        // the screen's view is put back into the window each time Today is shown: look again then
        label.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                refresh();
            }
        });
    }

    public void refresh() {
        tasks.run(actions::status, this::show, failure -> label.setVisible(false));
    }

    void show(BackupStatus status) {
        label.setVisible(status.failing());
        label.setText(status.failing()
                ? Messages.format("backup.today.failed", WHEN.format(status.lastFailure()), status.failureMessage()) : "");
    }

    public Node root() {
        return label;
    }
}

package org.clinicdesk.ui.settings.backups;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.backup.BackupActions;
import org.clinicdesk.domain.backup.BackupFile;
import org.clinicdesk.domain.backup.BackupStatus;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.LongWork;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/** Settings → Backups: the last backup, Backup now, the folder, and Restore with progress and Cancel. */
public final class BackupsTabViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final BackupActions actions;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty failing = new SimpleBooleanProperty(false);
    private final StringProperty folder = new SimpleStringProperty("");
    private final ObservableList<BackupFile> backups = FXCollections.observableArrayList();
    private final FormErrors errors = new FormErrors();
    private final LongWork work;

    /** @param uiThread where progress updates run (Platform::runLater in the app, Runnable::run in tests) */
    public BackupsTabViewModel(BackupActions actions, TaskRunner tasks, DialogService dialogs, Executor uiThread) {
        this.actions = actions;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.work = new LongWork(uiThread);
    }

    private record Loaded(BackupStatus status, Path folder, List<BackupFile> backups) {
    }

    public void load() {
        tasks.run(() -> new Loaded(actions.status(), actions.folder(), actions.list()), loaded -> {
            showStatus(loaded.status());
            folder.set(loaded.folder().toString());
            backups.setAll(loaded.backups());
        }, errors::show);
    }

    private void showStatus(BackupStatus s) {
        failing.set(s.failing());
        if (s.failing()) {
            status.set(Messages.format("backup.status.failed", WHEN.format(s.lastFailure()), s.failureMessage()));
        } else if (s.neverBackedUp()) {
            status.set(Messages.get("backup.status.never"));
        } else {
            status.set(Messages.format("backup.status.ok", WHEN.format(s.lastSuccess()), s.lastSuccessFile()));
        }
    }

    public void backupNow() {
        Progress progress = start();
        tasks.run(() -> actions.backupNow(progress), made -> {
            work.finished();
            load();
        }, this::failed);
    }

    public void useFolder() {
        errors.clear();
        String chosen = folder.get() == null ? "" : folder.get().strip();
        tasks.run(() -> {
            actions.setFolder(chosen.isEmpty() ? null : Path.of(chosen));
            return null;
        }, done -> load(), errors::show);
    }

    /** Asks for the backup file, confirms, and restores it; Cancel works until the files are switched. */
    public void restore() {
        errors.clear();
        dialogs.chooseFileToOpen(Messages.get("backup.restore.choose"), Messages.get("backup.restore.fileType"), "*.db")
                .filter(file -> dialogs.confirm(Messages.get("backup.restore"),
                        Messages.format("backup.restore.confirm", file.getFileName())))
                .ifPresent(file -> {
                    Progress progress = start();
                    tasks.run(() -> actions.restore(file, progress), report -> {
                        work.finished();
                        dialogs.showInformation(Messages.get("backup.restore"),
                                Messages.format("backup.restore.done", file.getFileName()) + " "
                                        + Messages.format(report.erasures()));
                    }, this::failed);
                });
    }

    public void cancel() {
        work.cancel();
    }

    private Progress start() {
        errors.clear();
        return work.start();
    }

    private void failed(Throwable e) {
        work.finished();
        if (LongWork.wasCancelled(e)) {
            work.step().set(Messages.describe(e));
        } else {
            errors.show(e);
        }
        load();
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty failing() {
        return failing;
    }

    public StringProperty folder() {
        return folder;
    }

    public BooleanProperty busy() {
        return work.busy();
    }

    public DoubleProperty progressValue() {
        return work.progress();
    }

    public StringProperty step() {
        return work.step();
    }

    public ObservableList<BackupFile> backups() {
        return backups;
    }

    public FormErrors errors() {
        return errors;
    }
}

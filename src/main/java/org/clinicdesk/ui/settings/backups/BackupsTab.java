package org.clinicdesk.ui.settings.backups;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.backup.BackupFile;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** The Backups tab of Settings. Binds to {@link BackupsTabViewModel}; holds no rules. */
public final class BackupsTab {
    private final VBox root;

    public BackupsTab(BackupsTabViewModel vm) {
        Label status = new Label();
        status.setId("backup-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.status());
        vm.failing().addListener((obs, was, now) -> {
            status.getStyleClass().remove(Styles.BACKUP_FAILING);
            if (now) {
                status.getStyleClass().add(Styles.BACKUP_FAILING);
            }
        });
        Button backupNow = new Button(Messages.get("backup.now"));
        backupNow.setId("backup-now");
        backupNow.setOnAction(e -> vm.backupNow());
        Button restore = new Button(Messages.get("backup.restore"));
        restore.setId("backup-restore");
        restore.setOnAction(e -> vm.restore());
        Button cancel = new Button(Messages.get("backup.cancel"));
        cancel.setId("backup-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.busy());
        backupNow.disableProperty().bind(vm.busy());
        restore.disableProperty().bind(vm.busy());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressValue());
        bar.visibleProperty().bind(vm.busy());
        Label step = new Label();
        step.setId("backup-step");
        step.textProperty().bind(vm.step());
        HBox buttons = new HBox(8, backupNow, restore, bar, cancel, step);

        TextField folder = new TextField();
        folder.setId("backup-folder");
        folder.textProperty().bindBidirectional(vm.folder());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button useFolder = new Button(Messages.get("backup.folder.use"));
        useFolder.setId("backup-folder-use");
        useFolder.setOnAction(e -> vm.useFolder());
        Label folderHint = new Label(Messages.get("backup.folder.hint"));
        folderHint.getStyleClass().add(Styles.HINT);
        folderHint.setWrapText(true);

        TableView<BackupFile> table = new TableView<>(vm.backups());
        table.setId("backup-list");
        TableColumn<BackupFile, String> file = new TableColumn<>(Messages.get("backup.file"));
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file().getFileName().toString()));
        TableColumn<BackupFile, String> size = new TableColumn<>(Messages.get("backup.size"));
        size.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format("%,d KB", c.getValue().sizeBytes() / 1024)));
        table.getColumns().add(file);
        table.getColumns().add(size);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label error = new Label();
        error.setId("backup-error");
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.errors().form());
        Label title = new Label(Messages.get("backup.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        root = new VBox(10, title, status, buttons, error, new Label(Messages.get("backup.folder")),
                new HBox(8, folder, useFolder), folderHint, table);
        root.setPadding(new Insets(16));
    }

    public VBox root() {
        return root;
    }
}

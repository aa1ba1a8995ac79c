package org.clinicdesk.ui.settings.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clinicdesk.domain.backup.BackupActions;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.JooqAuditLog;
import org.clinicdesk.store.backup.BackupService;
import org.clinicdesk.testing.RecordingDialogs;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.ui.backup.BackupNotice;
import org.clinicdesk.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackupsTabTest {
    @TempDir
    Path dir;
    private Database db;
    private final List<Path> restored = new ArrayList<>();

    private final RecordingDialogs answers = new RecordingDialogs();

    private BackupNotice notice;
    private BackupActions actions;
    private BackupActions nobody;

    @Test
    void nobodySignedInMayNotBackUpRestoreOrMoveTheFolder() {
        assertThatThrownBy(() -> nobody.backupNow(org.clinicdesk.domain.common.Progress.NONE)).hasMessageContaining("Sign in");
        assertThatThrownBy(() -> nobody.restore(dir.resolve("x.db"), org.clinicdesk.domain.common.Progress.NONE))
                .hasMessageContaining("Sign in");
        assertThatThrownBy(() -> nobody.setFolder(dir)).hasMessageContaining("Sign in");
        assertThat(restored).isEmpty();
    }

    @Start
    void start(Stage stage) {
        db = TestDb.open(dir);
        CurrentUser user = new CurrentUser();
        long manager = db.write(ctx -> ctx.insertInto(org.clinicdesk.store.jooq.Tables.STAFF)
                .set(org.clinicdesk.store.jooq.Tables.STAFF.USERNAME, "meera")
                .set(org.clinicdesk.store.jooq.Tables.STAFF.FULL_NAME, "Meera Iyer")
                .set(org.clinicdesk.store.jooq.Tables.STAFF.ROLE, "MANAGER")
                .set(org.clinicdesk.store.jooq.Tables.STAFF.CREATED_AT, "2026-11-20T05:00:00.000Z")
                .set(org.clinicdesk.store.jooq.Tables.STAFF.UPDATED_AT, "2026-11-20T05:00:00.000Z")
                .returning(org.clinicdesk.store.jooq.Tables.STAFF.ID).fetchSingle().getId());
        user.signIn(new org.clinicdesk.domain.staff.StaffMember(manager, "meera", "Meera Iyer",
                org.clinicdesk.domain.staff.Role.MANAGER, true));
        nobody = new BackupActions(new BackupService(db, dir, TestDb.CLOCK), (file, progress) -> {
            restored.add(file);
            return org.clinicdesk.domain.backup.RestoreReport.NOTHING_AGAIN;
        },
                new CurrentUser(), new JooqAuditLog(db, TestDb.CLOCK, user));
        actions = new BackupActions(new BackupService(db, dir, TestDb.CLOCK),
                (file, progress) -> {
            restored.add(file);
            return org.clinicdesk.domain.backup.RestoreReport.NOTHING_AGAIN;
        }, user, new JooqAuditLog(db, TestDb.CLOCK, user));
        BackupsTabViewModel vm = new BackupsTabViewModel(actions, new DirectTaskRunner(), answers, Runnable::run);
        notice = new BackupNotice(actions, new DirectTaskRunner());
        stage.setScene(new Scene(new javafx.scene.layout.VBox(notice.root(), new BackupsTab(vm).root()), 900, 600));
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void backupNowShowsTheBackupAndRestoreAsksFirst(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#backup-status").queryAs(Label.class).getText()).contains("No backup");

        robot.clickOn("#backup-now");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#backup-status").queryAs(Label.class).getText()).startsWith("Last backup");
        TableView<?> list = robot.lookup("#backup-list").queryAs(TableView.class);
        assertThat(list.getItems()).hasSize(1);
        Path made;
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            made = files.findFirst().orElseThrow();
        }

        answers.fileToOpen = made;
        robot.clickOn("#backup-restore");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(restored).containsExactly(made);
        assertThat(answers.asked.getFirst()).contains("safety copy");
        assertThat(answers.asked.getLast()).startsWith("Restored");
    }

    @Test
    void todaysNoticeShowsAFailedBackupUntilOneSucceeds(FxRobot robot) throws Exception {
        Label line = robot.lookup("#today-backup-failed").queryAs(Label.class);
        assertThat(line.isVisible()).isFalse();
        Path file = dir.resolve("usb-gone");
        Files.writeString(file, "x");
        db.writeVoid(ctx -> ctx.execute("INSERT INTO setting(key, value) VALUES ('backup.folder', ?)", file.toString()));

        robot.clickOn("#backup-now");
        robot.interact(notice::refresh);
        assertThat(line.isVisible()).isTrue();
        assertThat(line.getText()).contains("The last backup failed").contains("usb-gone");

        robot.interact(() -> actions.setFolder(null));
        robot.clickOn("#backup-now");
        robot.interact(notice::refresh);
        assertThat(line.isVisible()).isFalse();
    }

    @Test
    void aFolderThatCannotBeUsedSaysWhy(FxRobot robot) throws Exception {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        robot.clickOn("#backup-folder").eraseText(200).write(file.toString());
        robot.clickOn("#backup-folder-use");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#backup-error").queryAs(Label.class).getText()).contains("Cannot use").contains("not-a-folder");
    }
}

package org.clinicdesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.app.SettableClock;
import org.clinicdesk.app.StaffFixture;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.ui.common.FxTaskRunner;
import org.clinicdesk.ui.shell.DeskShell;
import org.clinicdesk.ui.shell.UiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Sign-in at start, switch of user, and the idle lock, driven the way the desk uses them. */
@ExtendWith(ApplicationExtension.class)
class StaffUiTest {
    @TempDir
    Path dir;
    private StaffFixture fx;
    private StaffMember reception;
    private FxTaskRunner tasks;
    private DeskShell shell;

    @Start
    void start(Stage stage) {
        fx = StaffFixture.open(dir, new SettableClock());
        reception = fx.add("ravi", Role.RECEPTION);
        fx.context.signInService().signOut();
        tasks = new FxTaskRunner();
        AppContext c = fx.context;
        shell = new DeskShell(stage, new UiServices(c.clinicService(), tasks, c.database().file(), false,
                c.staffService(), c.signInService(), c.auditService(), c.privacyService()));
        shell.start(false);
        stage.show();
    }

    @AfterEach
    void close() {
        shell.stop();
        tasks.close();
        fx.close();
    }

    @Test
    void signInAtStartRefusesAWrongPasswordThenOpensTheDesk(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signin-username").tryQuery().isPresent());
        waitForFxEvents();
        robot.clickOn("#signin-username").write("ravi");
        robot.clickOn("#signin-password").write("not my password");
        robot.type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#signin-error").isEmpty());
        assertThat(text(robot, "#signin-error")).contains("not right");
        assertThat(robot.lookup("#nav-today").tryQuery()).isEmpty();

        robot.clickOn("#signin-password").write(StaffFixture.STAFF_PASSWORD);
        robot.type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-today").tryQuery().isPresent());
        assertThat(text(robot, "#status-user")).contains("Person ravi");
        assertThat(fx.context.currentUser().get()).contains(reception);

        // reception has no Staff, Audit or Privacy tab
        robot.clickOn("#nav-settings");
        waitForFxEvents();
        assertThat(robot.lookup("Staff").tryQuery()).isEmpty();
        assertThat(robot.lookup("Audit").tryQuery()).isEmpty();
    }

    @Test
    void switchUserFromTheStatusLineAndByShortcut(FxRobot robot) throws Exception {
        signIn(robot, "ravi", StaffFixture.STAFF_PASSWORD);
        robot.clickOn("#status-switch-user");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signin-username").tryQuery().isPresent());
        assertThat(shell.mainWindow().root().isVisible()).isFalse();
        robot.clickOn("#signin-cancel");
        waitForFxEvents();
        assertThat(shell.mainWindow().root().isVisible()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.U).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signin-username").tryQuery().isPresent());
        waitForFxEvents();
        robot.clickOn("#signin-username").write("asha");
        robot.clickOn("#signin-password").write(StaffFixture.MANAGER_PASSWORD);
        robot.type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#status-user").contains("Asha Manager"));
        assertThat(fx.context.currentUser().get()).contains(fx.manager);

        robot.clickOn("#nav-settings");
        waitForFxEvents();
        robot.clickOn("Staff");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#staff-table").queryAs(TableView.class).getItems().size() == 2);
    }

    @Test
    void idleLockCoversTheWindowAndOnlyThePasswordLiftsIt(FxRobot robot) throws Exception {
        signIn(robot, "ravi", StaffFixture.STAFF_PASSWORD);
        robot.clickOn("#nav-settings");
        waitForFxEvents();
        robot.interact(() -> shell.overrideIdleTimeout(Duration.ofMillis(400)));

        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lock-screen").tryQuery().isPresent());
        Node main = shell.mainWindow().root();
        assertThat(main.isVisible()).isFalse();
        assertThat(text(robot, "#lock-who")).contains("Person ravi");
        // shortcuts do not reach the screens under the lock
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(shell.mainWindow().currentScreenProperty().get()).isEqualTo("settings");
        robot.interact(() -> shell.overrideIdleTimeout(Duration.ofMinutes(10)));

        robot.clickOn("#signin-password").write("wrong password!");
        robot.type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#signin-error").isEmpty());
        assertThat(main.isVisible()).isFalse();

        robot.clickOn("#signin-password").write(StaffFixture.STAFF_PASSWORD);
        robot.type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, main::isVisible);
        assertThat(robot.lookup("#lock-screen").tryQuery()).isEmpty();
        assertThat(shell.mainWindow().currentScreenProperty().get()).isEqualTo("settings");
    }

    @Test
    void theLockLeadsToSwitchUserButCancelReturnsToTheLock(FxRobot robot) throws Exception {
        signIn(robot, "ravi", StaffFixture.STAFF_PASSWORD);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lock-screen").tryQuery().isPresent());
        robot.clickOn("#signin-switch");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signin-username").tryQuery().isPresent());
        waitForFxEvents();
        robot.clickOn("#signin-cancel");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lock-screen").tryQuery().isPresent());
        assertThat(shell.mainWindow().root().isVisible()).isFalse();
    }

    private void signIn(FxRobot robot, String user, String password) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signin-username").tryQuery().isPresent());
        waitForFxEvents();
        robot.clickOn("#signin-username").write(user);
        robot.clickOn("#signin-password").write(password);
        robot.type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-today").tryQuery().isPresent());
        waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}

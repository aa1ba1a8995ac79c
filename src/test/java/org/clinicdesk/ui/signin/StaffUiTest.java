package org.clinicdesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.testing.Snapshots;
import org.clinicdesk.testing.StaffFixture;
import org.clinicdesk.ui.common.FxTaskRunner;
import org.clinicdesk.ui.shell.DeskShell;
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
    /** The idle lock's clock, moved by hand. */
    private final AtomicLong idleTicks = new AtomicLong();

    @Start
    void start(Stage stage) {
        fx = StaffFixture.open(dir, new SettableClock());
        reception = fx.add("ravi", Role.RECEPTION);
        fx.context.signInService().signOut();
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        org.clinicdesk.ui.common.BundledFonts.load();
        tasks = new FxTaskRunner();
        AppContext c = fx.context;
        shell = new DeskShell(stage, c.uiServices(tasks, uri -> { }), null, null, idleTicks::get);
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
        waitForFxEvents();
        Snapshots.save(robot, shell.scene(), "staff-sign-in-refused");
        assertThat(text(robot, "#signin-error")).contains("not right");
        assertThat(robot.lookup("#nav-today").tryQuery()).isEmpty();

        robot.clickOn("#signin-password").write(StaffFixture.STAFF_PASSWORD);
        robot.type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-today").tryQuery().isPresent());
        waitForFxEvents();
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
        waitForFxEvents();
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
        waitForFxEvents();
        assertThat(fx.context.currentUser().get()).contains(fx.manager);

        robot.clickOn("#nav-settings");
        waitForFxEvents();
        robot.clickOn("Staff");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#staff-table").queryAs(TableView.class).getItems().size() == 2);
        waitForFxEvents();
    }

    @Test
    void idleLockCoversTheWindowAndOnlyThePasswordLiftsIt(FxRobot robot) throws Exception {
        signIn(robot, "ravi", StaffFixture.STAFF_PASSWORD);
        robot.clickOn("#nav-settings");
        waitForFxEvents();
        robot.interact(() -> shell.overrideIdleTimeout(Duration.ofMinutes(10)));
        idleTicks.addAndGet(Duration.ofMinutes(10).toNanos());

        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lock-screen").tryQuery().isPresent());
        waitForFxEvents();
        Node main = shell.mainWindow().root();
        assertThat(main.isVisible()).isFalse();
        assertThat(text(robot, "#lock-who")).contains("Person ravi");
        Snapshots.save(robot, shell.scene(), "staff-idle-lock");
        // shortcuts do not reach the screens under the lock
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(shell.mainWindow().currentScreenProperty().get()).isEqualTo("settings");

        robot.clickOn("#signin-password").write("wrong password!");
        robot.type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#signin-error").isEmpty());
        waitForFxEvents();
        assertThat(main.isVisible()).isFalse();

        robot.clickOn("#signin-password").write(StaffFixture.STAFF_PASSWORD);
        robot.type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, main::isVisible);
        waitForFxEvents();
        assertThat(robot.lookup("#lock-screen").tryQuery()).isEmpty();
        assertThat(shell.mainWindow().currentScreenProperty().get()).isEqualTo("settings");
    }

    @Test
    void theLockLeadsToSwitchUserButCancelReturnsToTheLock(FxRobot robot) throws Exception {
        signIn(robot, "ravi", StaffFixture.STAFF_PASSWORD);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lock-screen").tryQuery().isPresent());
        waitForFxEvents();
        robot.clickOn("#signin-switch");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signin-username").tryQuery().isPresent());
        waitForFxEvents();
        robot.clickOn("#signin-cancel");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lock-screen").tryQuery().isPresent());
        waitForFxEvents();
        assertThat(shell.mainWindow().root().isVisible()).isFalse();
    }

    @Test
    void aManagerAddsAnAccountReadsTheAuditAndWritesTheConsentNotice(FxRobot robot) throws Exception {
        signIn(robot, "asha", StaffFixture.MANAGER_PASSWORD);
        robot.clickOn("#nav-settings");
        waitForFxEvents();
        robot.clickOn("Staff");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#staff-table").queryAs(TableView.class).getItems().size() == 2);
        waitForFxEvents();
        robot.clickOn("#staff-full-name").write("Meera Iyer");
        robot.clickOn("#staff-username").write("meera");
        robot.clickOn("#staff-password").write("short");
        robot.clickOn("#staff-add");
        waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#staff-add-error").isEmpty());
        waitForFxEvents();
        robot.clickOn("#staff-password").write(" but now long enough");
        robot.clickOn("#staff-add");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#staff-table").queryAs(TableView.class).getItems().size() == 3);
        waitForFxEvents();
        Snapshots.save(robot, shell.scene(), "staff-settings-staff");
        assertThat(fx.context.staffService().staff()).anyMatch(m -> m.username().equals("meera") && m.role() == Role.RECEPTION);

        robot.clickOn("Audit");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#audit-table").queryAs(TableView.class).getItems().size() > 3);
        waitForFxEvents();
        Snapshots.save(robot, shell.scene(), "staff-settings-audit");

        robot.clickOn("Privacy");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#privacy-idle-minutes").tryQuery().isPresent());
        waitForFxEvents();
        robot.clickOn("#privacy-consent-notice").write("We keep your name and phone number to call you back.");
        robot.doubleClickOn("#privacy-idle-minutes").write("5");
        robot.clickOn("#privacy-save");
        waitFor(10, TimeUnit.SECONDS, () -> fx.context.privacyService().consentNotice().startsWith("We keep"));
        waitForFxEvents();
        assertThat(fx.context.clinicService().clinic().orElseThrow().idleLockMinutes()).isEqualTo(5);
        Snapshots.save(robot, shell.scene(), "staff-settings-privacy");

        robot.clickOn("#status-consent");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#consent-notice-text").tryQuery().isPresent());
        waitForFxEvents();
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#consent-notice-text").queryAs(javafx.scene.text.Text.class)
                .getText().startsWith("We keep"));
        waitForFxEvents();
        robot.clickOn("#consent-close");
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

package org.clinicdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.STAFF;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.testing.SettableClock;
import org.clinicdesk.store.demo.DemoDataGenerator;
import org.clinicdesk.store.jooq.tables.records.StaffRecord;
import org.clinicdesk.ui.common.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** First start on an empty folder (clinic, then the first manager), and --demo signing in its manager. */
@ExtendWith(ApplicationExtension.class)
class FirstManagerAndDemoUiTest {
    @TempDir
    Path dir;
    private AppContext context;
    private FxTaskRunner tasks;
    private DeskShell shell;
    private Stage stage;

    private void open(FxRobot robot, boolean demo) {
        context = AppContext.open(dir.resolve("data"), demo, new SettableClock());
        if (demo) {
            new DemoDataGenerator(context.database(), context.clock(), 7L).generate(20);
        }
        boolean firstStart = context.clinicService().needsFirstStart();
        tasks = new FxTaskRunner();
        robot.interact(() -> {
            stage = new Stage();
            shell = new DeskShell(stage, context.uiServices(tasks, uri -> { }));
            shell.start(firstStart);
            stage.show();
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        if (shell != null) {
            robot.interact(() -> {
                shell.stop();
                stage.close();
            });
        }
        if (tasks != null) {
            tasks.close();
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void firstStartAsksForTheClinicThenTheFirstManager(FxRobot robot) throws Exception {
        open(robot, false);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#clinic-name").tryQuery().isPresent());
        waitForFxEvents();
        robot.clickOn("#clinic-name").write("Deccan Rheumatology Clinic");
        robot.clickOn("#centre-name").write("Bangalore Indiranagar");
        robot.clickOn("#centre-city").write("Bengaluru");
        robot.clickOn("#first-start-save");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#first-manager-name").tryQuery().isPresent());
        waitForFxEvents();

        robot.clickOn("#first-manager-name").write("Asha Rao");
        robot.clickOn("#first-manager-username").write("asha");
        robot.clickOn("#first-manager-password").write("password123");
        robot.clickOn("#first-manager-repeat").write("password123");
        robot.clickOn("#first-manager-save");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#first-manager-error").queryAs(Label.class).isVisible());
        waitForFxEvents();
        assertThat(context.staffService().needsFirstManager()).isTrue();

        robot.doubleClickOn("#first-manager-password").eraseText(11).write("tea on the terrace at four");
        robot.doubleClickOn("#first-manager-repeat").eraseText(11).write("tea on the terrace at four");
        robot.clickOn("#first-manager-save");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-today").tryQuery().isPresent());
        waitForFxEvents();

        StaffRecord manager = context.database().read(ctx -> ctx.fetchSingle(STAFF));
        assertThat(manager.getRole()).isEqualTo("MANAGER");
        assertThat(manager.getFullName()).isEqualTo("Asha Rao");
        assertThat(manager.getPasswordHash()).startsWith("$argon2id$");
        assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).contains("Asha Rao");
    }

    @Test
    void demoSignsInTheDemoManagerAndSaysSoInTheTitle(FxRobot robot) throws Exception {
        open(robot, true);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-today").tryQuery().isPresent());
        waitForFxEvents();
        assertThat(stage.getTitle()).contains("DEMO");
        assertThat(context.currentUser().get()).hasValueSatisfying(m -> assertThat(m.username()).isEqualTo("demo"));

        // the demo lock opens without a password (the demo manager has none)
        robot.interact(() -> shell.overrideIdleTimeout(Duration.ofMillis(300)));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lock-screen").tryQuery().isPresent());
        waitForFxEvents();
        robot.interact(() -> shell.overrideIdleTimeout(Duration.ofMinutes(10)));
        robot.clickOn("#signin-password");
        robot.type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> shell.mainWindow().root().isVisible());
        waitForFxEvents();
    }
}

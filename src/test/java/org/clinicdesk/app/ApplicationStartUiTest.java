package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The whole application as it starts from the desktop: ClinicDeskApp with command-line arguments. */
public class ApplicationStartUiTest {
    @TempDir
    Path dir;
    Stage stage;

    /** The real application, except that closing a start-up failure does not end the test JVM's toolkit. */
    public static final class TestableApp extends ClinicDeskApp {
        public TestableApp() {
        }

        @Override
        void exitAfterStartFailure() {
        }
    }

    @BeforeEach
    void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void demoStartsSignedInOnTodayAndSaysDemoInTheTitle() throws Exception {
        var app = FxToolkit.setupApplication(TestableApp.class, "--demo", "--data-dir", dir.toString());
        FxRobot robot = new FxRobot();
        // the data opens behind the window (a first --demo also generates the demo clinic): give a loaded machine time
        waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#nav-today").tryQuery().isPresent()
                && stage.getTitle() != null && stage.getTitle().contains("Deccan"));
        assertThat(stage.getTitle()).contains("Deccan Rheumatology Clinic (demo)", "DEMO");
        assertThat(Files.exists(dir.resolve("clinicdesk.db"))).isTrue();
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void theWindowIsUpWhileTheDataIsStillOpeningAndTodayFollows() throws Exception {
        assertThat(Main.run(new String[] {"--data-dir", dir.toString(), "--check"}, System.out, System.err)).isZero();
        FxRobot robot = new FxRobot();
        // another program holds the write lock, as a slow disk or a long migration would: opening has to wait
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("clinicdesk.db"));
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            var app = FxToolkit.setupApplication(TestableApp.class, "--demo", "--data-dir", dir.toString());
            waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#opening").tryQuery().isPresent() && stage.isShowing());
            assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                    .extracting(javafx.scene.control.Label::getText).contains("Opening the clinic's data…");
            assertThat(robot.lookup("#nav-today").tryQuery()).isEmpty();
            s.execute("COMMIT");
            waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#today-consultations").tryQuery().isPresent());
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void aSecondClinicDeskOnTheSameFolderIsToldAndDoesNotTouchTheFile() throws Exception {
        // the first ClinicDesk: it holds the lock and has created the database
        assertThat(Main.run(new String[] {"--data-dir", dir.toString(), "--check"}, System.out, System.err)).isZero();
        byte[] before = Files.readAllBytes(dir.resolve("clinicdesk.db"));
        try (InstanceLock first = InstanceLock.acquire(dir)) {
            var app = FxToolkit.setupApplication(TestableApp.class, "--data-dir", dir.toString());
            FxRobot robot = new FxRobot();
            waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#start-failure").tryQuery().isPresent());
            DialogPane pane = robot.lookup("#start-failure").queryAs(DialogPane.class);
            assertThat(pane.getContentText()).contains("already running", dir.toString());
            assertThat(robot.lookup("#nav-today").tryQuery()).isEmpty();
            robot.interact(() -> pane.getScene().getWindow().hide());
            FxToolkit.cleanupApplication(app);
        }
        assertThat(Files.readAllBytes(dir.resolve("clinicdesk.db"))).isEqualTo(before);
    }
}

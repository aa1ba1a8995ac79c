package org.clinicdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.clinicdesk.testing.CutOff;
import org.clinicdesk.testing.DeskFixture;
import org.clinicdesk.testing.Snapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on the most common reception screen: 1366×768, less a 40-pixel task bar. Every screen of the demo desk
 * is shown there; nothing may be cut short with "…" or lie outside the window. Snapshots with -Dclinicdesk.snapshots.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenUiTest {
    static final double WIDTH = 1366;
    static final double HEIGHT = 728;
    private static final List<String> SCREENS = List.of("today", "enquiries", "consultations", "sheets", "reports",
            "settings");
    @TempDir
    Path dir;
    DeskFixture desk;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = DeskFixture.openDemo(dir);
        desk.show(stage);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void everyScreenFitsA1366By768LaptopWithNothingCutOff(FxRobot robot) throws Exception {
        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-today").tryQuery().isPresent());
        List<String> problems = new ArrayList<>();
        for (String id : SCREENS) {
            robot.interact(() -> desk.shell.mainWindow().show(id));
            settle();
            if (id.equals("enquiries")) {
                TableView<?> list = robot.lookup("#enquiry-list").queryAs(TableView.class);
                waitFor(20, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
                robot.interact(() -> list.getSelectionModel().select(0));
                waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#enquiry-timeline").tryQuery()
                        .map(n -> n.isVisible()).orElse(false));
                settle();
            }
            Snapshots.save(robot, stage.getScene(), "small-screen-" + id);
            CutOff.problems(stage.getScene()).forEach(p -> problems.add(id + ": " + p));
        }
        assertThat(stage.getScene().getWidth()).isLessThanOrEqualTo(WIDTH);
        assertThat(problems).isEmpty();
    }

    private static void settle() throws Exception {
        waitForFxEvents();
        Thread.sleep(300);
        waitForFxEvents();
    }
}

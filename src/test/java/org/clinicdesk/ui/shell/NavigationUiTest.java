package org.clinicdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clinicdesk.testing.DeskFixture;
import org.clinicdesk.domain.clinic.Centre;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every screen is reachable by mouse and by keyboard; Settings edits the clinic's centres. */
@ExtendWith(ApplicationExtension.class)
class NavigationUiTest {
    private static final List<String> SCREENS = List.of("today", "enquiries", "consultations", "sheets", "reports", "settings");
    @TempDir
    Path dir;
    DeskFixture desk;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.open(dir);
        desk.context.clinicService().completeFirstStart("Deccan Rheumatology Clinic",
                Centre.newCentre("Bangalore", "Bengaluru", "", "", ""));
        desk.show(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void everyScreenOpensFromItsButton(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-today").tryQuery().isPresent());
        for (String id : SCREENS) {
            robot.clickOn("#nav-" + id);
            waitForFxEvents();
            assertThat(desk.shell.mainWindow().currentScreenProperty().get()).isEqualTo(id);
        }
        assertThat(robot.lookup("#settings-centres").tryQuery()).isPresent();
    }

    @Test
    void everyScreenOpensFromTheKeyboard(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-today").tryQuery().isPresent());
        for (int i = SCREENS.size(); i >= 1; i--) {
            robot.press(KeyCode.CONTROL).type(KeyCode.getKeyCode(Integer.toString(i))).release(KeyCode.CONTROL);
            waitForFxEvents();
            assertThat(desk.shell.mainWindow().currentScreenProperty().get()).isEqualTo(SCREENS.get(i - 1));
        }
    }

    @Test
    void aCentreAddedInSettingsIsSavedWithItsPhoneNormalised(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-settings").tryQuery().isPresent());
        robot.clickOn("#nav-settings");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-centres").queryAs(TableView.class).getItems().size() == 1);
        robot.clickOn("#settings-add-centre");
        robot.clickOn("#settings-centre-name").write("Hyderabad Banjara Hills");
        robot.clickOn("#settings-centre-city").write("Hyderabad");
        robot.clickOn("#settings-centre-phone").write("040-2345 6789");
        org.clinicdesk.testing.Snapshots.save(robot, desk.shell.scene(), "settings-centre-typed");
        robot.clickOn("#settings-save-centre");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settings-centres").queryAs(TableView.class).getItems().size() == 2);
        Centre saved = desk.context.clinicService().centres().stream()
                .filter(c -> c.name().equals("Hyderabad Banjara Hills")).findFirst().orElseThrow();
        assertThat(saved.phone()).isEqualTo("+914023456789");
        assertThat(saved.city()).isEqualTo("Hyderabad");
    }
}

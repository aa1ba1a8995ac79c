package org.clinicdesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.clinicdesk.testing.DeskFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A new clinic's first start on an empty data folder, the way a receptionist or manager would do it. */
@ExtendWith(ApplicationExtension.class)
class FirstStartUiTest {
    @TempDir
    Path dir;
    DeskFixture desk;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.open(dir).show(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void missingCityIsExplainedAndNothingTypedIsLostThenSavingLandsOnToday(FxRobot robot) throws Exception {
        robot.clickOn("#clinic-name").write("Deccan Rheumatology Clinic");
        robot.clickOn("#centre-name").write("Bangalore Indiranagar");
        robot.clickOn("#centre-phone").write("080 4123 4567");
        robot.clickOn("#first-start-save");
        waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#first-start-error").queryAs(Label.class).getText().isEmpty());

        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).anyMatch(
                l -> l.isVisible() && l.getText().equals("Enter the city the centre is in."));
        assertThat(robot.lookup("#clinic-name").queryAs(TextField.class).getText()).isEqualTo("Deccan Rheumatology Clinic");
        assertThat(robot.lookup("#centre-phone").queryAs(TextField.class).getText()).isEqualTo("080 4123 4567");
        assertThat(desk.context.clinicService().needsFirstStart()).isTrue();

        robot.clickOn("#centre-city").write("Bengaluru");
        robot.type(javafx.scene.input.KeyCode.ENTER); // Save is the default button
        // then the first manager account
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#first-manager-name").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#first-manager-name").write("Asha Rao");
        robot.clickOn("#first-manager-username").write(DeskFixture.MANAGER_USERNAME);
        robot.clickOn("#first-manager-password").write(DeskFixture.MANAGER_PASSWORD);
        robot.clickOn("#first-manager-repeat").write(DeskFixture.MANAGER_PASSWORD);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#today-consultations").tryQuery().isPresent());

        assertThat(robot.lookup("#status-centre").queryAs(Label.class).getText()).contains("Bangalore Indiranagar");
        assertThat(robot.lookup("#status-data").queryAs(Label.class).getText()).contains(dir.toString());
        assertThat(desk.context.clinicService().clinic().orElseThrow().name()).isEqualTo("Deccan Rheumatology Clinic");
        assertThat(desk.context.clinicService().deskCentre().orElseThrow().phone()).isEqualTo("+918041234567");
    }
}

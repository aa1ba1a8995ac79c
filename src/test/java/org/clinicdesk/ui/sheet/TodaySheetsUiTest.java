package org.clinicdesk.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clinicdesk.app.BundledSheets;
import org.clinicdesk.testing.DeskFixture;
import org.clinicdesk.domain.clinic.Centre;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A new clinic's bundled sheets arrive as drafts, and Today tells the clinician they wait for review. */
@ExtendWith(ApplicationExtension.class)
class TodaySheetsUiTest {
    @TempDir
    Path dir;
    DeskFixture desk;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.open(dir);
        desk.context.clinicService().completeFirstStart("Deccan Rheumatology Clinic",
                Centre.newCentre("Bangalore", "Bengaluru", "", "", ""));
        assertThat(BundledSheets.ensureLoaded(desk.context)).isEqualTo(20);
        desk.show(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void draftsWaitingForReviewShowOnTodayAndOpenTheLibrary(FxRobot robot) throws Exception {
        waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#today-sheets .today-row").queryAll().size() == 6);
        Label title = robot.lookup("#today-sheets .today-card-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Information sheets for review (20)");
        assertThat(robot.lookup("#today-sheets .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Systemic lupus erythematosus (SLE)", "Mesenchymal stromal (\"stem\") cell therapy for lupus",
                        "… and 14 more in Information sheets");

        Node row = robot.lookup("#today-sheets .today-row").nth(0).query();
        robot.clickOn(row);
        waitFor(60, TimeUnit.SECONDS, () -> "sheets".equals(desk.shell.mainWindow().currentScreenProperty().get()));
    }
}

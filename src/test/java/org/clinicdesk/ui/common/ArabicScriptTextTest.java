package org.clinicdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.clinicdesk.testing.EnquiryTestDesk;
import org.clinicdesk.ui.shell.DeskShell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An Urdu name in the enquiry list (and in the form's name field) is drawn in one font that has every letter of it,
 * so JavaFX shapes it as one run: not split between the system's DejaVu Sans and Noto Sans Arabic.
 */
@ExtendWith(ApplicationExtension.class)
class ArabicScriptTextTest {
    private static final String URDU = "فاطمہ قریشی";
    private EnquiryTestDesk desk;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) throws Exception {
        desk = new EnquiryTestDesk(Files.createTempDirectory("arabic-ui"));
        desk.record(URDU, "+91 98450 12345");
        desk.record("Ravi Kumar", "70221 34567");
        tasks = new FxTaskRunner();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BundledFonts.load();
        new DeskShell(stage, desk.uiServices(tasks, link -> { })).start(false);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        desk.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private static Text drawn(FxRobot robot, String shown) {
        return robot.lookup((Node n) -> n instanceof Text t && shown.equals(t.getText())).queryAs(Text.class);
    }

    /** Every character of the text has a glyph in the bundled font: one font can draw it as one run. */
    private static boolean covers(String fontFile, String text) throws Exception {
        try (InputStream in = BundledFonts.class.getResourceAsStream(BundledFonts.FOLDER + fontFile)) {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            return font.canDisplayUpTo(text) == -1;
        }
    }

    @Test
    void anUrduNameInAListCellIsOneRunInOneFont(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#nav-enquiries").tryQuery().isPresent());
        robot.clickOn("#nav-enquiries");
        waitUntil(() -> robot.lookup((Node n) -> n instanceof Text t && URDU.equals(t.getText())).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Text urdu = drawn(robot, URDU);
        Text latin = drawn(robot, "Ravi Kumar");
        assertThat(urdu.getFont().getFamily()).isEqualTo("Noto Sans Arabic");
        assertThat(covers("NotoSansArabic-Regular.ttf", URDU)).isTrue();
        // and only Arabic-script text: the Latin names keep the desk's own font
        assertThat(latin.getFont().getFamily()).isNotEqualTo("Noto Sans Arabic");

        // a name typed into the form takes the font as it is typed, and gives it back when it becomes Latin again
        robot.clickOn("#nav-enquiries");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.CONTROL);
        TextField name = robot.lookup("#enquiry-name").queryAs(TextField.class);
        robot.interact(() -> name.setText(URDU));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getFont().getFamily()).isEqualTo("Noto Sans Arabic");
        robot.interact(() -> name.setText("Fatima Qureshi"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getFont().getFamily()).isNotEqualTo("Noto Sans Arabic");
    }
}

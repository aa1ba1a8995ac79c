package org.clinicdesk.ui.enquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clinicdesk.testing.EnquiryTestDesk;
import org.clinicdesk.testing.Snapshots;
import org.clinicdesk.ui.common.BundledFonts;
import org.clinicdesk.ui.common.FxTaskRunner;
import org.clinicdesk.ui.shell.DeskShell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The enquiry form on a PC set to US English: a refused save says where to look, and dates are read day first. */
@ExtendWith(ApplicationExtension.class)
class EnquiryFormUiTest {
    private Path dir;
    private EnquiryTestDesk desk;
    private FxTaskRunner tasks;
    private Stage stage;
    private Locale before;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        dir = Files.createTempDirectory("enquiry-form-ui");
        desk = new EnquiryTestDesk(dir);
        tasks = new FxTaskRunner();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BundledFonts.load();
        DeskShell shell = new DeskShell(stage, desk.uiServices(tasks, link -> { }));
        shell.start(false);
        stage.show();
    }

    @AfterEach
    void close() {
        Locale.setDefault(before);
        tasks.close();
        desk.close();
    }

    @Test
    void aRefusedSaveNamesTheFieldsGoesToTheFirstAndListsThemForTheKeyboard(FxRobot robot) throws Exception {
        openNewEnquiry(robot);
        robot.clickOn("#enquiry-name").write("Kiran Rao");
        robot.clickOn("#enquiry-phone").write("98450 77777");
        robot.clickOn("#enquiry-email").write("kiran@");
        robot.clickOn("#enquiry-name");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> formError(robot).contains("E-mail"));
        assertThat(formError(robot)).contains("Not saved", "E-mail", "Consent to keep contact details");
        assertThat(focused().getId()).isEqualTo("enquiry-email");
        assertThat(count("Kiran Rao")).isZero();
        assertThat(robot.lookup("#enquiry-name").queryTextInputControl().getText()).isEqualTo("Kiran Rao");

        // the e-mail put right, the consent (further down the form) is what is left: the form scrolls to it
        robot.interact(() -> robot.lookup("#enquiry-email").queryTextInputControl().clear());
        robot.clickOn("#enquiry-name");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !formError(robot).contains("E-mail") && formError(robot).contains("Consent"));
        waitUntil(() -> "enquiry-consent".equals(focused().getId()));
        assertThat(inView(robot, "#enquiry-consent")).isTrue();
        Snapshots.save(robot, stage.getScene(), "enquiry-refused-save");

        // the list of problems is reachable from the keyboard: Shift+Tab from the name, then Space goes to the field
        robot.interact(() -> robot.lookup("#enquiry-name").query().requestFocus());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        waitUntil(() -> focused() instanceof Hyperlink);
        assertThat(((Hyperlink) focused()).getText()).startsWith("Consent to keep contact details: ");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> "enquiry-consent".equals(focused().getId()));
        assertThat(count("Kiran Rao")).isZero();
    }

    @Test
    void theFollowUpDateIsShownAndReadDayFirstOnAUsEnglishComputer(FxRobot robot) throws Exception {
        openNewEnquiry(robot);
        DatePicker followUp = robot.lookup("#enquiry-follow-up").queryAs(DatePicker.class);
        for (String typed : new String[] {"2/12/2027", "2 Dec 2027", "2027-12-02"}) {
            robot.interact(() -> followUp.setValue(null));
            robot.clickOn(followUp.getEditor()).write(typed).type(KeyCode.TAB);
            waitUntil(() -> LocalDate.of(2027, 12, 2).equals(followUp.getValue()));
            assertThat(followUp.getEditor().getText()).isEqualTo("2 Dec 2027");
        }
        // what is not a date leaves the last good one
        robot.interact(() -> followUp.getEditor().clear());
        robot.clickOn(followUp.getEditor()).write("31/2/2027").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(followUp.getValue()).isEqualTo(LocalDate.of(2027, 12, 2));
    }

    private void openNewEnquiry(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#nav-enquiries").tryQuery().isPresent());
        robot.clickOn("#nav-enquiries");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> "enquiry-name".equals(focused() == null ? null : focused().getId()));
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    private static String formError(FxRobot robot) {
        return robot.lookup("#enquiry-form-error").queryAs(Label.class).getText();
    }

    /** The node lies within the visible part of the scrolling form. */
    private static boolean inView(FxRobot robot, String query) {
        ScrollPane scroll = robot.lookup("#enquiry-form").queryAs(ScrollPane.class);
        Node node = robot.lookup(query).query();
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY();
    }

    private int count(String name) {
        return desk.db.read(ctx -> ctx.fetchCount(ENQUIRY, ENQUIRY.FULL_NAME.eq(name)));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

package org.clinicdesk.ui.enquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquirySummary;
import org.clinicdesk.testing.EnquiryTestDesk;
import org.clinicdesk.testing.Snapshots;
import org.clinicdesk.testing.TableRows;
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

/** A receptionist records a returning walk-in, finds them again by part of the name, and logs a follow-up call. */
@ExtendWith(ApplicationExtension.class)
class EnquiryUiTest {
    private Path dir;
    private EnquiryTestDesk desk;
    private FxTaskRunner tasks;
    private Enquiry earlier;
    private final List<String> links = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("enquiry-ui");
        desk = new EnquiryTestDesk(dir);
        earlier = desk.record("Laxmi Narayan", "+91 98450 12345");
        desk.record("Ravi Kumar", "70221 34567");
        tasks = new FxTaskRunner();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BundledFonts.load();
        DeskShell shell = new DeskShell(stage, desk.uiServices(tasks, links::add));
        shell.start(false);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        desk.close();
    }

    @Test
    void recordsAReturningWalkInFindsThemAgainAndLogsAFollowUp(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#nav-enquiries").tryQuery().isPresent());
        robot.clickOn("#nav-enquiries");
        waitUntil(() -> rows(robot).size() == 2);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#enquiry-name").write("Lakshmi Narayan");
        robot.clickOn("#enquiry-phone").write("098450-12345");
        // the desk sees the earlier enquiry with this phone, and that consent is needed for the phone
        waitUntil(() -> robot.lookup("#match-line-" + earlier.id()).tryQuery()
                .map(n -> ((Label) n).getText().contains("same phone")).orElse(false));
        waitUntil(() -> robot.lookup("#enquiry-consent-error").queryAs(Label.class).getText().contains("consent"));
        Snapshots.save(robot, stage.getScene(), "enquiry-1-returning-caller");
        robot.clickOn("#match-same-" + earlier.id());
        waitUntil(() -> robot.lookup("#enquiry-linked").queryAs(Label.class).isVisible());

        ComboBox<ConsentMethod> consent = robot.lookup("#enquiry-consent").queryComboBox();
        robot.interact(() -> consent.getSelectionModel().select(ConsentMethod.SPOKEN));
        // the notes box sits below the fold of the form: the robot clicks only what is in view
        robot.interact(() -> robot.lookup("#enquiry-notes").queryTextInputControl().setText("Prefers afternoon"));
        robot.clickOn("#enquiry-name");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> count("Lakshmi Narayan") == 1);
        Enquiry saved = desk.db.read(ctx -> ctx.selectFrom(ENQUIRY).where(ENQUIRY.FULL_NAME.eq("Lakshmi Narayan")).fetchOne())
                .map(r -> desk.enquiries.find(r.get(ENQUIRY.ID)).orElseThrow());
        assertThat(saved.phone()).isEqualTo("+919845012345");
        assertThat(saved.personId()).isEqualTo(earlier.id());
        assertThat(saved.createdBy()).isEqualTo(desk.reception.id());

        // later: find them again by typing part of the name
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("lakshm");
        waitUntil(() -> rows(robot).size() == 1 && rows(robot).getFirst().fullName().equals("Lakshmi Narayan"));
        Snapshots.save(robot, stage.getScene(), "enquiry-2-search");
        robot.clickOn(TableRows.<EnquirySummary>showing(robot, "enquiry-list", s -> s.id() == saved.id()));
        waitUntil(() -> robot.lookup("#enquiry-title").queryAs(Label.class).getText().contains("#" + saved.id()));
        // a new blank form, then a click on the row still selected in the list opens that enquiry again
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> !robot.lookup("#enquiry-title").queryAs(Label.class).getText().contains("#" + saved.id()));
        robot.clickOn(TableRows.<EnquirySummary>showing(robot, "enquiry-list", s -> s.id() == saved.id()));
        waitUntil(() -> robot.lookup("#enquiry-title").queryAs(Label.class).getText().contains("#" + saved.id()));
        // and without the mouse: Ctrl+N, Ctrl+F, Enter opens the first result again
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> !robot.lookup("#enquiry-title").queryAs(Label.class).getText().contains("#" + saved.id()));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#enquiry-title").queryAs(Label.class).getText().contains("#" + saved.id()));

        // log a follow-up: Ctrl+K, a note, Enter
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("Will call back on Friday").type(KeyCode.ENTER);
        waitUntil(() -> desk.db.read(ctx -> ctx.fetchCount(ENQUIRY_EVENT,
                ENQUIRY_EVENT.ENQUIRY_ID.eq(saved.id()).and(ENQUIRY_EVENT.KIND.eq("CONTACT_CALL")))) == 1);
        Enquiry after = desk.enquiries.find(saved.id()).orElseThrow();
        assertThat(after.nextFollowUp()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(after.status().name()).isEqualTo("CONTACTED");
        String note = desk.db.read(ctx -> ctx.select(ENQUIRY_EVENT.DETAIL).from(ENQUIRY_EVENT)
                .where(ENQUIRY_EVENT.KIND.eq("CONTACT_CALL")).fetchOne(ENQUIRY_EVENT.DETAIL));
        assertThat(note).isEqualTo("Will call back on Friday");
        ListView<?> timeline = robot.lookup("#enquiry-timeline").queryListView();
        waitUntil(() -> timeline.getItems().size() >= 3);

        Snapshots.save(robot, stage.getScene(), "enquiry-3-after-contact");
        robot.clickOn("#enquiry-whatsapp");
        assertThat(links).singleElement().asString().startsWith("https://wa.me/919845012345?text=Hello%20Lakshmi%20Narayan");
    }

    private int count(String name) {
        return desk.db.read(ctx -> ctx.fetchCount(ENQUIRY, ENQUIRY.FULL_NAME.eq(name)));
    }

    @SuppressWarnings("unchecked")
    private static List<EnquirySummary> rows(FxRobot robot) {
        return ((TableView<EnquirySummary>) robot.lookup("#enquiry-list").query()).getItems();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

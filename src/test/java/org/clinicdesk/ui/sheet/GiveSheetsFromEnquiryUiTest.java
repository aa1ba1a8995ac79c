package org.clinicdesk.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_CONDITION;
import static org.clinicdesk.store.jooq.Tables.HANDOUT;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.domain.enquiry.EnquirySummary;
import org.clinicdesk.domain.enquiry.TimelineEntry;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.testing.DeskFixture;
import org.clinicdesk.testing.Snapshots;
import org.clinicdesk.testing.TableRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The job the clinic bought ClinicDesk for, end to end on the demo clinic: reception opens an enquiry about lupus,
 * gives two sheets with Ctrl+P (printed, or as one PDF when the desk has no printer), and the handouts show on the
 * enquiry's timeline.
 */
@ExtendWith(ApplicationExtension.class)
class GiveSheetsFromEnquiryUiTest {
    @TempDir
    Path dir;
    DeskFixture desk;
    long enquiryId;
    String name;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.openDemo(dir);
        // a demo enquiry about SLE (the first condition) whose name is in Latin script, to type it
        var row = desk.context.database().read(ctx -> ctx.select(ENQUIRY.ID, ENQUIRY.FULL_NAME).from(ENQUIRY)
                .join(ENQUIRY_CONDITION).on(ENQUIRY_CONDITION.ENQUIRY_ID.eq(ENQUIRY.ID))
                .where(ENQUIRY_CONDITION.CONDITION_ID.eq(1L))
                // a visitor who has not been given sheets before (the demo has months of handouts)
                .and(org.jooq.impl.DSL.notExists(org.jooq.impl.DSL.selectOne().from(HANDOUT)
                        .where(HANDOUT.ENQUIRY_ID.eq(ENQUIRY.ID))))
                .orderBy(ENQUIRY.ID.desc()).fetch())
                .stream().filter(r -> r.value2().matches("[A-Za-z]+ [A-Za-z]+")).findFirst().orElseThrow();
        enquiryId = row.value1();
        name = row.value2();
        desk.show(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void withoutAPrinterCtrlPGivesTwoSheetsAsOnePdfAndTheTimelineShowsThem(FxRobot robot) throws Exception {
        openGiveSheetsAndTickTheSleAndMscSheets(robot, false);
        // the visitor will read it on a phone from a US-paper PDF: Letter instead of the A4 default
        robot.interact(() -> robot.lookup("#give-paper").<SheetPageSize>queryComboBox().setValue(SheetPageSize.LETTER));
        Path pdf = dir.resolve("for-the-visitor.pdf");
        desk.dialogs.saveTo = pdf;
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitFor(90, TimeUnit.SECONDS, () -> Files.exists(pdf) && handouts("PDF") == 2);
        // the timeline behind the window shows both handouts at once; Escape then closes the window
        waitFor(90, TimeUnit.SECONDS, () -> handoutsOnTimeline(robot).size() == 2);
        robot.type(KeyCode.ESCAPE);
        waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#give-list").tryQuery().isEmpty());

        assertThat(desk.dialogs.asked).anyMatch(m -> m.contains("no printer"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Systemic lupus erythematosus (SLE)", "Mesenchymal stromal",
                    "this treatment is investigational", "General information, not personal medical advice", "Page 1 of")
                    .doesNotContain("Your first consultation");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
        }
        assertThat(handoutsOnTimeline(robot)).allSatisfy(t -> assertThat(t.who()).isEqualTo("Demo Manager"));
        assertThat(handouts("PRINTED")).isZero();
    }

    @Test
    void withAPrinterCtrlPPrintsBothSheetsInOneJobAndLogsThemAsPrinted(FxRobot robot) throws Exception {
        desk.printer.installed = true;
        openGiveSheetsAndTickTheSleAndMscSheets(robot, true);
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        waitFor(90, TimeUnit.SECONDS, () -> handouts("PRINTED") == 2 && handoutsOnTimeline(robot).size() == 2);

        assertThat(desk.printer.jobs).singleElement().satisfies(job -> {
            assertThat(job.size()).isEqualTo(SheetPageSize.A4);
            assertThat(job.pages()).hasSizeGreaterThanOrEqualTo(2); // each sheet starts on its own page
        });
        assertThat(robot.lookup("#give-message").queryAs(Label.class).getText()).contains("2");
        assertThat(handouts("PDF")).isZero();
        assertThat(desk.dialogs.asked).noneMatch(m -> m.contains("no printer"));
    }

    /**
     * Demo clinic → Enquiries → type the name → click the row → Give sheets (the button, or Ctrl+P on the enquiry) →
     * keep only the SLE and MSC sheets.
     */
    private void openGiveSheetsAndTickTheSleAndMscSheets(FxRobot robot, boolean byKeyboard) throws Exception {
        waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#nav-enquiries").tryQuery().isPresent());
        robot.clickOn("#nav-enquiries");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(name);
        // the list has caught up with the whole name (not an earlier answer for the first letters typed)
        waitFor(90, TimeUnit.SECONDS, () -> rows(robot).stream().anyMatch(s -> s.id() == enquiryId)
                && rows(robot).stream().allMatch(s -> s.fullName().equalsIgnoreCase(name)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(TableRows.<EnquirySummary>showing(robot, "enquiry-list", s -> s.id() == enquiryId));
        waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#enquiry-title").queryAs(Label.class).getText().contains("#" + enquiryId)
                && robot.lookup("#enquiry-give-sheets").query().isVisible());

        if (byKeyboard) {
            robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        } else {
            robot.clickOn("#enquiry-give-sheets");
        }
        waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#give-list").tryQuery().isPresent()
                && robot.lookup("#give-list").queryAs(ListView.class).getItems().size() == 4);
        // the first sheet shows as it will print, beside the list
        waitFor(90, TimeUnit.SECONDS, () -> !robot.lookup("#give-preview .sheet-page").queryAll().isEmpty());
        assertThat(robot.lookup("#give-preview-title").queryAs(Label.class).getText()).contains("Systemic lupus erythematosus");
        // all four approved sheets are suggested and ticked; the visitor wants the condition and the MSC sheet
        for (CheckBox box : robot.lookup("#give-list .check-box").queryAllAs(CheckBox.class)) {
            if (!box.getText().startsWith("Systemic lupus") && !box.getText().startsWith("Mesenchymal")) {
                robot.clickOn(box);
            }
        }
        // the preview follows the cursor: the MSC sheet shows with its investigational notice
        robot.clickOn(robot.lookup("#give-list .check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getText().startsWith("Mesenchymal")).findFirst().orElseThrow()
                .getParent().getChildrenUnmodifiable().get(1)); // its summary line, not the tick box
        waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#give-preview-title").queryAs(Label.class).getText()
                .contains("Mesenchymal") && !robot.lookup("#give-preview .sheet-page").queryAll().isEmpty());
        Snapshots.save(robot, robot.lookup("#give-list").query().getScene(), "give-sheets-from-enquiry");
    }

    private List<TimelineEntry> handoutsOnTimeline(FxRobot robot) {
        return timeline(robot).stream().filter(t -> t.kind() == TimelineEntry.Kind.HANDOUT).toList();
    }

    private int handouts(String method) {
        return desk.context.database().read(ctx -> ctx.fetchCount(HANDOUT,
                HANDOUT.ENQUIRY_ID.eq(enquiryId).and(HANDOUT.METHOD.eq(method))));
    }

    @SuppressWarnings("unchecked")
    private static List<EnquirySummary> rows(FxRobot robot) {
        return ((TableView<EnquirySummary>) robot.lookup("#enquiry-list").query()).getItems();
    }

    @SuppressWarnings("unchecked")
    private static List<TimelineEntry> timeline(FxRobot robot) {
        return ((ListView<TimelineEntry>) robot.lookup("#enquiry-timeline").query()).getItems();
    }
}

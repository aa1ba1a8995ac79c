package org.clinicdesk.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_CONDITION;
import static org.clinicdesk.store.jooq.Tables.HANDOUT;
import static org.clinicdesk.store.jooq.Tables.SHEET_VERSION;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.enquiry.EnquirySummary;
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
 * A visitor who reads Kannada (so the enquiry records) asks about lupus: Give sheets opens in Kannada, with every
 * sheet's approved Kannada translation ticked and its English beside it; reception also ticks the English SLE sheet,
 * and both go out in one PDF, logged as two handouts in their languages.
 */
@ExtendWith(ApplicationExtension.class)
class GiveSheetsInTheVisitorsLanguageUiTest {
    private static final String KANNADA_SLE = "ಸಿಸ್ಟಮಿಕ್ ಲೂಪಸ್ ಎರಿಥೆಮಟೋಸಸ್ (SLE)";
    @TempDir
    Path dir;
    DeskFixture desk;
    long enquiryId;
    String name;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.openDemo(dir);
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
        // the enquiry form recorded that the visitor reads Kannada best
        desk.context.database().writeVoid(ctx -> ctx.update(ENQUIRY).set(ENQUIRY.LANGUAGE, "kn")
                .where(ENQUIRY.ID.eq(enquiryId)).execute());
        desk.show(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void giveSheetsOffersTheVisitorsLanguageAndGivesKannadaAndEnglishTogether(FxRobot robot) throws Exception {
        waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#nav-enquiries").tryQuery().isPresent());
        robot.clickOn("#nav-enquiries");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(name);
        waitFor(90, TimeUnit.SECONDS, () -> rows(robot).stream().anyMatch(s -> s.id() == enquiryId)
                && rows(robot).stream().allMatch(s -> s.fullName().equalsIgnoreCase(name)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(TableRows.<EnquirySummary>showing(robot, "enquiry-list", s -> s.id() == enquiryId));
        waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#enquiry-title").queryAs(Label.class).getText().contains("#" + enquiryId)
                && robot.lookup("#enquiry-give-sheets").query().isVisible());
        robot.clickOn("#enquiry-give-sheets");

        // four sheets, each in Kannada (ticked) and in English (offered as well, not ticked)
        waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#give-list").tryQuery().isPresent()
                && robot.lookup("#give-list").queryAs(ListView.class).getItems().size() == 8);
        ComboBox<Language> language = robot.lookup("#give-language").queryComboBox();
        assertThat(language.getValue()).isEqualTo(Language.KANNADA);
        ListView<GiveSheetsViewModel.Choice> list = robot.lookup("#give-list").queryAs(ListView.class);
        List<GiveSheetsViewModel.Choice> choices = List.copyOf(list.getItems());
        assertThat(choices).filteredOn(c -> c.ticked().get()).hasSize(4)
                .allSatisfy(c -> assertThat(c.sheet().language()).isEqualTo("kn"));
        assertThat(choices).filteredOn(c -> c.sheet().language().equals("en")).hasSize(4)
                .noneMatch(c -> c.ticked().get()).allMatch(GiveSheetsViewModel.Choice::givable);
        waitFor(90, TimeUnit.SECONDS, () -> !robot.lookup("#give-preview .sheet-page").queryAll().isEmpty());
        assertThat(robot.lookup("#give-preview-title").queryAs(Label.class).getText()).contains(KANNADA_SLE);

        // the visitor wants the SLE sheet in Kannada and, for a relative, in English: reception clicks the tick boxes
        for (int i = 0; i < choices.size(); i++) {
            GiveSheetsViewModel.Choice c = choices.get(i);
            boolean wanted = c.sheet().slug().equals("sle");
            if (c.ticked().get() != wanted) {
                int at = i;
                robot.interact(() -> list.scrollTo(at));
                WaitForAsyncUtils.waitForFxEvents();
                String text = c.sheet().title() + "  (version 1, " + (c.sheet().language().equals("en") ? "English" : "Kannada") + ")";
                CheckBox box = robot.lookup("#give-list .check-box").queryAllAs(CheckBox.class).stream()
                        .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
                robot.clickOn(box);
            }
        }
        assertThat(choices).filteredOn(c -> c.ticked().get()).extracting(c -> c.sheet().slug() + "." + c.sheet().language())
                .containsExactly("sle.kn", "sle.en");
        Snapshots.save(robot, robot.lookup("#give-list").query().getScene(), "give-sheets-kannada");
        Path pdf = dir.resolve("for-the-visitor.pdf");
        desk.dialogs.saveTo = pdf;
        robot.clickOn("#give-save-pdf");
        waitFor(90, TimeUnit.SECONDS, () -> Files.exists(pdf) && handouts().size() == 2);

        assertThat(handouts()).containsExactlyInAnyOrder("en", "kn");
        List<String> versionLanguages = desk.context.database().read(ctx -> ctx.select(SHEET_VERSION.LANGUAGE)
                .from(HANDOUT).join(SHEET_VERSION).on(SHEET_VERSION.ID.eq(HANDOUT.SHEET_VERSION_ID))
                .where(HANDOUT.ENQUIRY_ID.eq(enquiryId)).fetch(SHEET_VERSION.LANGUAGE));
        assertThat(versionLanguages).containsExactlyInAnyOrder("en", "kn");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Systemic lupus erythematosus (SLE)", KANNADA_SLE)
                    .doesNotContain("Mesenchymal stromal");
        }
    }

    private List<String> handouts() {
        return desk.context.database().read(ctx -> ctx.select(HANDOUT.LANGUAGE).from(HANDOUT)
                .where(HANDOUT.ENQUIRY_ID.eq(enquiryId).and(HANDOUT.METHOD.eq("PDF"))).fetch(HANDOUT.LANGUAGE));
    }

    @SuppressWarnings("unchecked")
    private static List<EnquirySummary> rows(FxRobot robot) {
        return ((TableView<EnquirySummary>) robot.lookup("#enquiry-list").query()).getItems();
    }
}

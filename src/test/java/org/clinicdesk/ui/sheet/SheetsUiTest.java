package org.clinicdesk.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.HANDOUT;
import static org.clinicdesk.store.jooq.Tables.STAFF;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.sheet.SheetFilter;
import org.clinicdesk.domain.sheet.SheetOutput;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.sheet.SheetStatus;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.store.Timestamps;
import org.clinicdesk.testing.RecordingDialogs;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.ui.common.BundledFonts;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FxTaskRunner;
import org.clinicdesk.ui.shell.DeskShell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Reception at the sheet library and at "Give sheets", with a real database, a file chooser answered by the test. */
@ExtendWith(ApplicationExtension.class)
class SheetsUiTest {
    @TempDir
    Path dir;
    private AppContext context;
    private FxTaskRunner tasks;
    private SheetViews screens;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private long enquiryId;
    private long lupusId;

    /** This test machine has no printer. */
    static final class NoPrinter implements SheetPrinter {
        @Override public boolean available() { return false; }
        @Override public Outcome print(List<BufferedImage> pages, SheetPageSize size, String jobName) {
            return Outcome.NO_PRINTER;
        }
    }

    @Start
    void start(Stage stage) {
        context = AppContext.open(dir.resolve("data"), false, TestDb.CLOCK);
        context.clinicService().completeFirstStart("Deccan Rheumatology Clinic",
                Centre.newCentre("Bangalore — Indiranagar", "Bengaluru", "", "080 4123 4567", ""));
        String now = Timestamps.now(TestDb.CLOCK);
        long clinicianId = staff("dr.rao", "Dr Kavitha Rao", Role.CLINICIAN, now);
        long receptionId = staff("asha", "Asha Kulkarni", Role.RECEPTION, now);
        context.bundledSheetLoader().load(org.clinicdesk.document.SheetSamples.bundled(), false);
        context.currentUser().signIn(new StaffMember(clinicianId, "dr.rao", "Dr Kavitha Rao", Role.CLINICIAN, true));
        for (SheetVersion v : context.sheetService().library(SheetFilter.ALL)) {
            if (!v.slug().equals("first-consultation")) {
                context.sheetService().submitForReview(v.id());
                context.sheetService().approve(v.id(), null);
            }
        }
        lupusId = context.sheetService().library(SheetFilter.ALL).stream().filter(v -> v.slug().equals("sle"))
                .findFirst().orElseThrow().content().conditionIds().getFirst();
        long centreId = context.clinicService().deskCentre().orElseThrow().id();
        enquiryId = context.database().write(ctx -> ctx.insertInto(ENQUIRY).set(ENQUIRY.FULL_NAME, "Test Visitor")
                .set(ENQUIRY.CHANNEL, "WALK_IN").set(ENQUIRY.CENTRE_ID, centreId).set(ENQUIRY.CREATED_AT, now)
                .set(ENQUIRY.UPDATED_AT, now).returning(ENQUIRY.ID).fetchSingle().getId());
        context.currentUser().signIn(new StaffMember(receptionId, "asha", "Asha Kulkarni", Role.RECEPTION, true));

        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BundledFonts.load();
        tasks = new FxTaskRunner();
        SheetServices desk = new SheetServices(context.sheetService(), new SheetOutput(context.handoutService(),
                context.clinicService(), context.sheetRenderer(), false, context.outputs()));
        String css = DeskShell.class.getResource(DeskShell.STYLESHEET).toExternalForm();
        screens = SheetViews.create(() -> stage, desk, context.clinicService(), tasks, dialogs, new NoPrinter(), css);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(screens.screen().view()), 1280, 800);
        scene.getStylesheets().add(css);
        stage.setScene(scene);
        stage.show();
        screens.screen().onShow();
    }

    private long staff(String username, String name, Role role, String now) {
        return context.database().write(ctx -> ctx.insertInto(STAFF).set(STAFF.USERNAME, username)
                .set(STAFF.FULL_NAME, name).set(STAFF.ROLE, role.name()).set(STAFF.CREATED_AT, now)
                .set(STAFF.UPDATED_AT, now).returning(STAFF.ID).fetchSingle().getId());
    }

    /** Clicks a sheet in the library list (not some other window that shows the same title, nor a cell let go). */
    private static void clickSheet(FxRobot robot, String title) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(robot.lookup("#sheets-list").queryAs(ListView.class)).lookup(title)
                .match((javafx.scene.Node n) -> n.getScene() != null && n.isVisible()).queryLabeled());
    }

    @AfterEach
    void close(FxRobot robot) {
        // the editor and Give sheets windows outlive a test otherwise
        robot.interact(() -> new ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(w -> ((Stage) w).close()));
        tasks.close();
        context.close();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void receptionOpensASheetAndSavesItAsAPdfForAWalkIn(FxRobot robot) throws Exception {
        ListView<SheetVersion> list = robot.lookup("#sheets-list").queryAs(ListView.class);
        waitFor(60, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        robot.clickOn("#sheets-search").write("stromal");
        waitFor(60, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        clickSheet(robot, "Mesenchymal stromal (\"stem\") cell therapy for lupus");
        waitFor(60, TimeUnit.SECONDS, () -> !screens.library().pages().isEmpty());
        assertThat(screens.library().status().get()).contains("ready to give");
        org.clinicdesk.testing.Snapshots.save(robot, list.getScene(), "sheets-library");

        dialogs.saveTo = dir.resolve("msc.pdf");
        robot.clickOn("#sheets-save-pdf");
        waitFor(60, TimeUnit.SECONDS, () -> screens.library().message().get().startsWith("Saved"));
        assertThat(text(dialogs.saveTo)).contains("Mesenchymal stromal", "Important: this treatment is investigational",
                "Deccan Rheumatology Clinic", "Page 1 of", "General information, not personal medical advice");
        var handouts = context.database().read(ctx -> ctx.selectFrom(HANDOUT).fetch());
        assertThat(handouts).singleElement().satisfies(h -> {
            assertThat(h.getEnquiryId()).isNull();
            assertThat(h.getMethod()).isEqualTo("PDF");
            assertThat(h.getLanguage()).isEqualTo("en");
        });
    }

    @Test
    void withoutAPrinterPrintOffersAPdfAndADraftIsRefusedForReception(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#sheets-list").queryAs(ListView.class);
        waitFor(60, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        clickSheet(robot, "Your first consultation");
        waitFor(60, TimeUnit.SECONDS, () -> screens.library().status().get().contains("not for patients"));
        dialogs.saveTo = dir.resolve("draft.pdf");
        Platform.runLater(() -> screens.screen().onPrint());
        waitFor(60, TimeUnit.SECONDS, () -> screens.library().message().get().contains("not approved yet"));
        assertThat(dialogs.asked).anyMatch(m -> m.contains("no printer"));
        assertThat(Files.exists(dialogs.saveTo)).isFalse();
        assertThat((int) context.database().read(ctx -> ctx.fetchCount(HANDOUT))).isZero();
    }

    @Test
    void aClinicianSendsTheDraftForReviewAndApprovesItInTheEditor(FxRobot robot) throws Exception {
        long clinicianId = context.database().read(ctx -> ctx.select(STAFF.ID).from(STAFF)
                .where(STAFF.USERNAME.eq("dr.rao")).fetchSingle(STAFF.ID));
        context.currentUser().signIn(new StaffMember(clinicianId, "dr.rao", "Dr Kavitha Rao", Role.CLINICIAN, true));
        ListView<?> list = robot.lookup("#sheets-list").queryAs(ListView.class);
        waitFor(60, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        clickSheet(robot, "Your first consultation");
        waitFor(60, TimeUnit.SECONDS, () -> screens.library().status().get().contains("not for patients"));
        robot.clickOn("#sheets-edit");
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#editor-readability").tryQuery().isPresent());
        javafx.scene.control.Label scores = robot.lookup("#editor-readability").queryAs(javafx.scene.control.Label.class);
        assertThat(scores.getText()).contains("Flesch Reading Ease 8", "Flesch–Kincaid grade");
        waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#editor-preview").queryAs(javafx.scene.control.ScrollPane.class)
                .getContent().getParent().getChildrenUnmodifiable().isEmpty());
        robot.clickOn("#editor-submit");
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#editor-saved").queryAs(javafx.scene.control.Label.class)
                .getText().contains("sent for review"));
        robot.clickOn("#editor-approve");
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#editor-saved").queryAs(javafx.scene.control.Label.class)
                .getText().contains("approved"));
        org.clinicdesk.testing.Snapshots.save(robot, scores.getScene(), "sheet-editor");
        SheetVersion approved = context.handoutService().approved("first-consultation", "en").orElseThrow();
        assertThat(approved.reviewerName()).isEqualTo("Dr Kavitha Rao");
        assertThat(approved.nextReview()).isEqualTo(java.time.LocalDate.of(2027, 11, 25));
        assertThat(robot.lookup("#editor-state").queryAs(javafx.scene.control.Label.class).getText())
                .contains("Version 1", "approved by Dr Kavitha Rao", "25 Nov 2027");
        // an approved version is done with: approve and send back rest until a version is in review again
        assertThat(robot.lookup("#editor-approve").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#editor-send-back").query().isDisabled()).isTrue();

        // its next review (say, a year on) goes through a new version: Send for review makes version 2 and sends it
        robot.clickOn("#editor-submit");
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#editor-saved").queryAs(javafx.scene.control.Label.class)
                .getText().contains("2"));
        assertThat(context.sheetService().history(approved)).extracting(SheetVersion::version,
                SheetVersion::status).containsExactly(org.assertj.core.groups.Tuple.tuple(2, SheetStatus.IN_REVIEW),
                org.assertj.core.groups.Tuple.tuple(1, SheetStatus.APPROVED));
        assertThat(robot.lookup("#editor-approve").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#editor-submit").query().isDisabled()).isTrue();
    }

    @Test
    void theEditorsNextReviewIsDayFirstOnAUsEnglishComputerAndEscAsksBeforeLosingChanges(FxRobot robot) throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.US);
        try {
            long clinicianId = context.database().read(ctx -> ctx.select(STAFF.ID).from(STAFF)
                    .where(STAFF.USERNAME.eq("dr.rao")).fetchSingle(STAFF.ID));
            context.currentUser().signIn(new StaffMember(clinicianId, "dr.rao", "Dr Kavitha Rao", Role.CLINICIAN, true));
            ListView<?> list = robot.lookup("#sheets-list").queryAs(ListView.class);
            waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
            clickSheet(robot, "Your first consultation");
            robot.clickOn("#sheets-edit");
            waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#editor-next-review").tryQuery().isPresent());
            javafx.scene.control.DatePicker next = robot.lookup("#editor-next-review")
                    .queryAs(javafx.scene.control.DatePicker.class);
            Stage editor = (Stage) next.getScene().getWindow();
            // 25 November 2027 as the clinic writes it, not 11/25/2027
            assertThat(next.getEditor().getText()).isEqualTo("25 Nov 2027");
            robot.interact(() -> next.getEditor().clear());
            robot.clickOn(next.getEditor()).write("2/12/2027").type(javafx.scene.input.KeyCode.TAB);
            waitFor(10, TimeUnit.SECONDS, () -> java.time.LocalDate.of(2027, 12, 2).equals(next.getValue()));
            assertThat(next.getEditor().getText()).isEqualTo("2 Dec 2027");

            // Esc with a change: asked first; "no" keeps the window and the date
            dialogs.confirmAnswer = false;
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            waitFor(10, TimeUnit.SECONDS, () -> dialogs.asked.stream().anyMatch(m -> m.contains("not saved")));
            assertThat(editor.isShowing()).isTrue();
            assertThat(next.getValue()).isEqualTo(java.time.LocalDate.of(2027, 12, 2));
            dialogs.confirmAnswer = true;
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            waitFor(10, TimeUnit.SECONDS, () -> !editor.isShowing());

            // opened again and left as it was, Esc closes it without a question
            int asked = dialogs.asked.size();
            robot.clickOn("#sheets-edit");
            waitFor(10, TimeUnit.SECONDS, editor::isShowing);
            robot.interact(editor::requestFocus);
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            waitFor(10, TimeUnit.SECONDS, () -> !editor.isShowing());
            assertThat(dialogs.asked).hasSize(asked);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void giveSheetsFromAnEnquiryLogsEachSheetOnItsTimeline(FxRobot robot) throws Exception {
        Platform.runLater(() -> screens.giver().giveSheets(enquiryId, List.of(lupusId)));
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#give-list").tryQuery().isPresent()
                && robot.lookup("#give-list").queryAs(ListView.class).getItems().size() == 3);
        org.clinicdesk.testing.Snapshots.save(robot, robot.lookup("#give-list").query().getScene(), "give-sheets");
        dialogs.saveTo = dir.resolve("given.pdf");
        robot.clickOn("#give-save-pdf");
        waitFor(60, TimeUnit.SECONDS, () -> Files.exists(dialogs.saveTo)
                && context.database().read(ctx -> ctx.fetchCount(HANDOUT)) == 3);
        assertThat(text(dialogs.saveTo)).contains("Systemic lupus erythematosus", "Standard treatments",
                "Mesenchymal stromal");
        assertThat((int) context.database().read(ctx -> ctx.fetchCount(HANDOUT, HANDOUT.ENQUIRY_ID.eq(enquiryId)))).isEqualTo(3);
        // the enquiry's timeline shows each sheet given, with who gave it
        var timeline = context.enquiryService().timeline(enquiryId).stream()
                .filter(e -> e.kind() == org.clinicdesk.domain.enquiry.TimelineEntry.Kind.HANDOUT).toList();
        assertThat(timeline).hasSize(3).allSatisfy(e -> {
            assertThat(e.detail()).contains("PDF", "en");
            assertThat(e.who()).isEqualTo("Asha Kulkarni");
        });
    }

    @Test
    void aWalkInGetsSeveralSheetsFromTheLibraryCountedWithoutAName(FxRobot robot) throws Exception {
        robot.clickOn("#sheets-give-walk-in");
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#give-list").tryQuery().isPresent()
                && robot.lookup("#give-list").queryAs(ListView.class).getItems().size() == 3);
        assertThat(robot.lookup("#give-list").query().getScene().getWindow()).isInstanceOfSatisfying(Stage.class,
                w -> assertThat(w.getTitle()).isEqualTo("Give sheets to a walk-in"));
        dialogs.saveTo = dir.resolve("walk-in.pdf");
        robot.clickOn("#give-save-pdf");
        waitFor(60, TimeUnit.SECONDS, () -> Files.exists(dialogs.saveTo)
                && context.database().read(ctx -> ctx.fetchCount(HANDOUT)) == 3);
        assertThat((int) context.database().read(ctx -> ctx.fetchCount(HANDOUT, HANDOUT.ENQUIRY_ID.isNull()
                .and(HANDOUT.METHOD.eq("PDF"))))).isEqualTo(3);
        // the library counts them as soon as they are given
        waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#sheets-given-today").queryAs(javafx.scene.control.Label.class)
                .getText().equals("Given today: 3 sheets, 3 of them to walk-ins."));
        assertThat(text(dialogs.saveTo)).contains("Systemic lupus erythematosus", "Mesenchymal stromal");
    }

    @Test
    @SuppressWarnings("unchecked")
    void whileANewDraftIsWrittenReceptionStillGivesTheApprovedVersionAndOldVersionsStayReadable(FxRobot robot)
            throws Exception {
        SheetVersion v1 = context.handoutService().approved("sle", "en").orElseThrow();
        long clinicianId = context.database().read(ctx -> ctx.select(STAFF.ID).from(STAFF)
                .where(STAFF.USERNAME.eq("dr.rao")).fetchSingle(STAFF.ID));
        StaffMember reception = context.currentUser().get().orElseThrow();
        context.currentUser().signIn(new StaffMember(clinicianId, "dr.rao", "Dr Kavitha Rao", Role.CLINICIAN, true));
        var c = v1.content();
        SheetVersion v2 = context.sheetService().edit(v1.id(), new org.clinicdesk.domain.sheet.SheetContent(c.slug(),
                c.kind(), c.conditionIds(), c.language(), c.title(), c.summary(),
                c.bodyMarkdown() + "\n\nA paragraph the clinician is still writing.", c.evidence(), c.sources(),
                c.author()));
        context.currentUser().signIn(reception);
        Platform.runLater(() -> screens.library().refresh());

        ListView<SheetVersion> list = robot.lookup("#sheets-list").queryAs(ListView.class);
        waitFor(60, TimeUnit.SECONDS, () -> list.getItems().stream().anyMatch(v -> v.id() == v2.id()));
        clickSheet(robot, "Systemic lupus erythematosus (SLE)");
        // the reader opens on the approved version 1, and says so; version 2 is one choice away
        javafx.scene.control.ComboBox<SheetVersion> versions = robot.lookup("#sheets-version").queryComboBox();
        waitFor(60, TimeUnit.SECONDS, () -> versions.isVisible() && versions.getItems().size() == 2
                && versions.getValue() != null && versions.getValue().id() == v1.id()
                && !screens.library().pages().isEmpty());
        assertThat(screens.library().status().get()).contains("Approved version 1", "ready to give");

        dialogs.saveTo = dir.resolve("sle.pdf");
        robot.clickOn("#sheets-save-pdf");
        waitFor(60, TimeUnit.SECONDS, () -> screens.library().message().get().startsWith("Saved"));
        assertThat(text(dialogs.saveTo)).contains("Version 1").doesNotContain("DRAFT", "still writing");
        List<Long> given = context.database().read(ctx -> ctx.select(HANDOUT.SHEET_VERSION_ID).from(HANDOUT)
                .fetch(HANDOUT.SHEET_VERSION_ID));
        assertThat(given).containsExactly(v1.id());

        robot.interact(() -> versions.setValue(versions.getItems().stream().filter(v -> v.id() == v2.id())
                .findFirst().orElseThrow()));
        waitFor(60, TimeUnit.SECONDS, () -> screens.library().status().get().contains("not for patients"));
    }

    /** The sheet screens wired as the desk wires them, without the rest of the main window. */
    private record SheetViews(SheetLibraryView screen, GiveSheetsView giver, SheetLibraryViewModel library) {
        static SheetViews create(java.util.function.Supplier<javafx.stage.Window> owner, SheetServices desk,
                                 org.clinicdesk.domain.clinic.ClinicService clinic, org.clinicdesk.ui.common.TaskRunner tasks,
                                 org.clinicdesk.ui.common.DialogService dialogs, SheetPrinter printer, String stylesheet) {
            SheetLibraryViewModel library = new SheetLibraryViewModel(desk.sheets(), clinic, desk.output(), tasks,
                    dialogs, printer);
            SheetEditorViewModel editorModel = new SheetEditorViewModel(desk.sheets(), desk.output(), tasks,
                    changed -> library.refresh());
            SheetEditorWindow editor = new SheetEditorWindow(owner, editorModel, stylesheet, library.conditions(),
                    dialogs);
            GiveSheetsView giver = new GiveSheetsView(owner, new GiveSheetsViewModel(desk.output(), tasks, dialogs,
                    printer), stylesheet);
            return new SheetViews(new SheetLibraryView(library, () -> editor, giver), giver, library);
        }
    }
}

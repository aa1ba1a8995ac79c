package org.clinicdesk.ui.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.CONSULTATION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.document.DayListPdf;
import org.clinicdesk.testing.ConsultationFixture;
import org.clinicdesk.testing.RecordingDialogs;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.ui.common.BundledFonts;
import org.clinicdesk.ui.common.DirectTaskRunner;
import org.clinicdesk.ui.shell.DeskShell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The receptionist's path: book a slot for an enquiry, see it in the day view, mark arrived then completed, print. */
@ExtendWith(ApplicationExtension.class)
class ConsultationsUiTest {
    @TempDir
    static Path dir;
    private ConsultationFixture f;
    private DiaryView screen;
    private long enquiry;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> links = new ArrayList<>();
    private Path pdf;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        BundledFonts.load();
        Path folder = dir.resolve("db-" + System.nanoTime());
        folder.toFile().mkdirs();
        f = new ConsultationFixture(folder, TestDb.CLOCK).seed();
        enquiry = f.enquiry("Lakshmi Narayanan", "+919845012345", "CONTACTED", "2026-11-25");
        pdf = folder.resolve("day.pdf");
        DirectTaskRunner tasks = new DirectTaskRunner();
        dialogs.saveTo = pdf;
        DiaryViewModel diary = new DiaryViewModel(f.consultations, f.statuses, tasks);
        screen = new DiaryView(diary, new AgendaViewModel(f.consultations, tasks),
                new ConfirmationsViewModel(f.consultations, f.statuses, tasks, links::add),
                new DayListExport(diary, new DayListPdf(),
                        new org.clinicdesk.domain.output.OutputFiles(java.util.List.of(f.db.file()), java.util.List::of, null),
                        dialogs, tasks),
                () -> new BookingViewModel(f.consultations, tasks), dialogs,
                new BookingSlipViewModel(f.slips, new NoSlipPrinter(),
                        new org.clinicdesk.domain.output.OutputFiles(List.of(f.db.file()), List::of, null), dialogs, tasks));
        Scene scene = new Scene(new javafx.scene.layout.StackPane(screen.view()), 1360, 860);
        scene.getStylesheets().add(DeskShell.class.getResource(DeskShell.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        screen.onShow();
    }

    /** This test machine has no printer: the booking slip is offered as a PDF. */
    static final class NoSlipPrinter implements SlipPrinter {
        @Override public boolean available() { return false; }
        @Override public List<java.awt.image.BufferedImage> pages(byte[] pdf) { return List.of(); }
        @Override public Outcome print(List<java.awt.image.BufferedImage> pages,
                                       org.clinicdesk.domain.consultation.SlipPaper paper, String jobName) {
            return Outcome.NO_PRINTER;
        }
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void bookFromAnEnquirySeeItInTheDayViewMarkArrivedThenCompletedAndPrintTheDayList(FxRobot robot) throws Exception {
        Platform.runLater(() -> screen.bookForEnquiry(enquiry));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#booking-enquiry").queryAs(Label.class).getText()).startsWith("Lakshmi Narayanan");
        robot.clickOn(slotCell(robot, "10:30–11:00"));
        robot.clickOn("#booking-book");
        WaitForAsyncUtils.waitForFxEvents();

        long id = f.db.<Long>read(ctx -> ctx.select(CONSULTATION.ID).from(CONSULTATION).fetchSingle().value1());
        assertThat(f.db.<String>read(ctx -> ctx.fetchSingle(CONSULTATION, CONSULTATION.ID.eq(id)).getStartsAt()))
                .isEqualTo("2026-11-25T10:30");
        assertThat(f.db.<String>read(ctx -> ctx.fetchSingle(ENQUIRY, ENQUIRY.ID.eq(enquiry)).getStatus())).isEqualTo("BOOKED");
        Node block = robot.lookup("#consultation-" + id).query();
        assertThat(texts(robot, "#consultation-" + id)).contains("Lakshmi Narayanan", "Booked", "10:30–11:00");

        robot.clickOn(block);
        assertThat(robot.lookup("#consultation-detail-status").queryAs(Label.class).getText()).isEqualTo("Booked");
        robot.clickOn("#consultation-arrived");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(id)).isEqualTo("ARRIVED");
        assertThat(texts(robot, "#consultation-" + id)).contains("Arrived");
        robot.clickOn("#consultation-completed");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(id)).isEqualTo("COMPLETED");
        assertThat(texts(robot, "#consultation-" + id)).contains("Completed");
        assertThat(robot.lookup("#consultation-detail-status").queryAs(Label.class).getText()).isEqualTo("Completed");
        assertThat(f.db.<Integer>read(ctx -> ctx.fetchCount(ENQUIRY_EVENT, ENQUIRY_EVENT.ENQUIRY_ID.eq(enquiry)
                .and(ENQUIRY_EVENT.DETAIL.startsWith("Consultation completed"))))).isEqualTo(1);

        robot.clickOn("#diary-pdf");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.shown.isEmpty());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Bangalore — Indiranagar · Wednesday 25 November 2026", "Time", "Name", "Phone",
                    "Clinician", "Status", "10:30", "Lakshmi Narayanan", "+91 98450 12345", "Dr Kavitha Rao", "Completed");
        }
    }

    @Test
    void arrowsMoveBetweenDaysAndAWrongMarkIsUndone(FxRobot robot) {
        var c = f.consultations.book(new org.clinicdesk.domain.consultation.NewConsultation(enquiry, f.bangalore,
                f.rao.id(), TestDb.CLOCK.instant().atZone(TestDb.ZONE).toLocalDate().atTime(11, 0), 30,
                org.clinicdesk.domain.consultation.ConsultationMode.IN_PERSON, "", null));
        robot.interact(() -> screen.diary().refresh());
        robot.clickOn("#consultation-" + c.id());
        robot.clickOn("#consultation-no-show");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(c.id())).isEqualTo("NO_SHOW");
        robot.clickOn("#consultation-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(c.id())).isEqualTo("BOOKED");

        robot.clickOn("#diary-day");
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertThat(screen.diary().dateProperty().get()).isEqualTo(java.time.LocalDate.of(2026, 11, 26));
        robot.type(javafx.scene.input.KeyCode.LEFT);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertThat(screen.diary().selectedProperty().get().id()).isEqualTo(c.id());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(robot.targetWindow().getScene().getFocusOwner().getId()).isEqualTo("consultation-arrived");
    }

    @Test
    void aTimeTakenWhileTheDialogIsOpenIsRefusedWithTheClashAndTheNextFreeTimes(FxRobot robot) {
        long other = f.enquiry("Ravi Kumar", "+917022134567", "NEW", null);
        Platform.runLater(() -> screen.bookForEnquiry(enquiry));
        WaitForAsyncUtils.waitForFxEvents();
        Node slot = slotCell(robot, "10:30–11:00");
        // another desk books that time first
        f.consultations.book(new org.clinicdesk.domain.consultation.NewConsultation(other, f.bangalore, f.rao.id(),
                java.time.LocalDateTime.of(2026, 11, 25, 10, 30), 30,
                org.clinicdesk.domain.consultation.ConsultationMode.PHONE, "", null));
        robot.clickOn(slot);
        robot.clickOn("#booking-book");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#booking-error").queryAs(Label.class).getText())
                .contains("already has another consultation from 10:30 to 11:00").contains("11:00");
        assertThat(robot.lookup("#booking-slots").queryListView().getItems().getFirst())
                .extracting(s -> ((org.clinicdesk.domain.consultation.Slot) s).start())
                .isEqualTo(java.time.LocalDateTime.of(2026, 11, 25, 11, 0));
        assertThat(f.db.<String>read(ctx -> ctx.fetchSingle(ENQUIRY, ENQUIRY.ID.eq(enquiry)).getStatus()))
                .isEqualTo("CONTACTED");
        robot.clickOn(slotCell(robot, "11:00–11:30"));
        robot.clickOn("#booking-book");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.consultations.forEnquiry(enquiry)).singleElement()
                .satisfies(c -> assertThat(c.start().toLocalTime()).isEqualTo(java.time.LocalTime.of(11, 0)));
    }

    @Test
    void aWalkInIsBookedOnlyOnceStaffSayHowThePersonGaveConsent(FxRobot robot) {
        robot.clickOn("#diary-book");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#booking-walk-in");
        robot.clickOn("#booking-walk-in-name").write("Ramesh Gowda");
        robot.clickOn("#booking-walk-in-phone").write("098450 54321");
        robot.clickOn(slotCell(robot, "10:30–11:00"));
        robot.clickOn("#booking-book");
        WaitForAsyncUtils.waitForFxEvents();
        // nothing recorded: no consent was chosen, and what was typed stays
        assertThat(f.db.<Integer>read(ctx -> ctx.fetchCount(ENQUIRY, ENQUIRY.FULL_NAME.eq("Ramesh Gowda")))).isZero();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Say how the person agreed that the clinic keeps their phone number.");
        assertThat(robot.lookup("#booking-walk-in-phone").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("098450 54321");

        robot.clickOn("#booking-walk-in-consent");
        robot.clickOn("Written consent");
        robot.clickOn(slotCell(robot, "10:30–11:00"));
        robot.clickOn("#booking-book");
        WaitForAsyncUtils.waitForFxEvents();
        var walkIn = f.db.read(ctx -> ctx.fetchSingle(ENQUIRY, ENQUIRY.FULL_NAME.eq("Ramesh Gowda")));
        assertThat(walkIn.getConsentMethod()).isEqualTo("WRITTEN");
        assertThat(walkIn.getConsentGivenAt()).isNotNull();
        assertThat(walkIn.getPhone()).isEqualTo("+919845054321");
        assertThat(f.consultations.forEnquiry(walkIn.getId())).singleElement()
                .satisfies(c -> assertThat(c.start().toLocalTime()).isEqualTo(java.time.LocalTime.of(10, 30)));
    }

    private String status(long id) {
        return f.db.<String>read(ctx -> ctx.fetchSingle(CONSULTATION, CONSULTATION.ID.eq(id)).getStatus());
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static Node slotCell(FxRobot robot, String text) {
        return robot.lookup("#booking-slots").lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no free slot " + text));
    }

}

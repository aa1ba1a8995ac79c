package org.clinicdesk.ui.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.document.DayListPdf;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.consultation.SlipPaper;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.testing.ConsultationFixture;
import org.clinicdesk.testing.OnFx;
import org.clinicdesk.testing.RecordingDialogs;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.ui.common.BundledFonts;
import org.clinicdesk.ui.common.FxTaskRunner;
import org.clinicdesk.ui.shell.DeskShell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The receptionist books a Telugu-reading visitor, then gives the booking slip from the consultation just booked:
 * printed on A5 in Telugu (Ctrl+P), then saved as an A4 PDF for WhatsApp; each slip is a line on the enquiry's history.
 */
@ExtendWith(ApplicationExtension.class)
class BookingSlipUiTest {
    @TempDir
    static Path dir;
    private ConsultationFixture f;
    private DiaryView screen;
    private long enquiry;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RecordingSlipPrinter printer = new RecordingSlipPrinter();
    private Path pdf;

    /** A printer that keeps what it is sent. */
    static final class RecordingSlipPrinter implements SlipPrinter {
        record Job(String name, SlipPaper paper, int pages, int width) {
        }

        final List<Job> jobs = new CopyOnWriteArrayList<>();

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public List<BufferedImage> pages(byte[] pdf) {
            return new org.clinicdesk.document.SheetPdfRenderer().pages(pdf, 72f);
        }

        @Override
        public Outcome print(List<BufferedImage> pages, SlipPaper paper, String jobName) {
            jobs.add(new Job(jobName, paper, pages.size(), pages.getFirst().getWidth()));
            return Outcome.PRINTED;
        }
    }

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        BundledFonts.load();
        Path folder = dir.resolve("db-" + System.nanoTime());
        folder.toFile().mkdirs();
        f = new ConsultationFixture(folder, TestDb.CLOCK).seed();
        enquiry = f.enquiry("వెంకట రెడ్డి", "+919845012345", "CONTACTED", "2026-11-25");
        f.db.writeVoid(ctx -> ctx.update(ENQUIRY).set(ENQUIRY.LANGUAGE, "te").where(ENQUIRY.ID.eq(enquiry)).execute());
        pdf = folder.resolve("slip.pdf");
        FxTaskRunner tasks = new FxTaskRunner();
        OutputFiles outputs = new OutputFiles(List.of(f.db.file()), List::of, null);
        dialogs.saveTo = pdf;
        DiaryViewModel diary = new DiaryViewModel(f.consultations, f.statuses, tasks);
        screen = new DiaryView(diary, new AgendaViewModel(f.consultations, tasks),
                new ConfirmationsViewModel(f.consultations, f.statuses, tasks, link -> { }),
                new DayListExport(diary, new DayListPdf(), outputs, dialogs, tasks),
                () -> new BookingViewModel(f.consultations, tasks), dialogs,
                new BookingSlipViewModel(f.slips, printer, outputs, dialogs, tasks));
        Scene scene = new Scene(new javafx.scene.layout.StackPane(screen.view()), 1360, 860);
        scene.getStylesheets().add(DeskShell.class.getResource(DeskShell.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        screen.onShow();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void printTheSlipInTheVisitorsLanguageOnA5ThenSaveItAsAnA4Pdf(FxRobot robot) throws Exception {
        Platform.runLater(() -> screen.bookForEnquiry(enquiry));
        // the free slots load on a worker: wait for the 10:30 one before clicking it
        java.util.concurrent.Callable<java.util.Optional<ListCell>> slot = () -> robot.lookup("#booking-slots")
                .lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().contains("10:30–11:00")).findFirst();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, OnFx.check(() -> slot.call().isPresent()));
        robot.clickOn(OnFx.read(slot).orElseThrow());
        robot.clickOn("#booking-book");
        WaitForAsyncUtils.waitForFxEvents();

        // the consultation just booked is shown; its slip is one click away
        robot.clickOn("#consultation-booking-slip");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> language(robot) == Language.TELUGU);
        assertThat(robot.lookup("#slip-paper").queryComboBox().getValue()).isEqualTo(SlipPaper.A5);
        assertThat(robot.lookup("#slip-who").queryAs(Label.class).getText()).contains("వెంకట రెడ్డి", "10:30");

        robot.press(KeyCode.CONTROL).press(KeyCode.P).release(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> slipEvents().size() == 1);
        assertThat(printer.jobs).singleElement().satisfies(job -> {
            assertThat(job.paper()).isEqualTo(SlipPaper.A5);
            assertThat(job.pages()).isEqualTo(1);
            assertThat(job.width()).isEqualTo(420);
        });
        assertThat(slipEvents()).containsExactly("2026-11-25 10:30 · te · A5 · PRINTED");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !status(robot).isEmpty());
        assertThat(status(robot)).contains("printed", "Telugu", "A5");

        robot.clickOn("#slip-paper");
        robot.clickOn("A4");
        robot.clickOn("#slip-pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> slipEvents().size() == 2);
        assertThat(slipEvents()).containsExactly("2026-11-25 10:30 · te · A5 · PRINTED",
                "2026-11-25 10:30 · te · A4 · PDF");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(Math.round(doc.getPage(0).getMediaBox().getWidth())).isEqualTo(595);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("మీ అపాయింట్మెంట్", "వెంకట రెడ్డి", "Dr Kavitha Rao", "10:30",
                    "Bangalore — Indiranagar", "+91 80 4123 4567");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).contains("slip.pdf"));
        assertThat(f.db.<Integer>read(ctx -> ctx.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SUMMARY.eq("booking slip, te, A4")
                .and(AUDIT_EVENT.ACTION.eq("PDF_EXPORT"))))).isEqualTo(1);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#slip-print").tryQuery()).isEmpty();
    }

    private List<String> slipEvents() {
        return f.db.read(ctx -> ctx.select(ENQUIRY_EVENT.DETAIL).from(ENQUIRY_EVENT)
                .where(ENQUIRY_EVENT.ENQUIRY_ID.eq(enquiry)).and(ENQUIRY_EVENT.KIND.eq("BOOKING_SLIP"))
                .orderBy(ENQUIRY_EVENT.ID).fetch(ENQUIRY_EVENT.DETAIL));
    }

    private static Language language(FxRobot robot) {
        return robot.lookup("#slip-language").tryQuery().map(n -> (Language) ((ComboBox<?>) n).getValue()).orElse(null);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#slip-status").queryAs(Label.class).getText();
    }
}

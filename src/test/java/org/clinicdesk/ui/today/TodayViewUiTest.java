package org.clinicdesk.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.domain.consultation.ConsultationMode;
import org.clinicdesk.domain.consultation.NewConsultation;
import org.clinicdesk.testing.ConsultationFixture;
import org.clinicdesk.testing.TestDb;
import org.clinicdesk.ui.common.DirectTaskRunner;
import org.clinicdesk.ui.shell.DeskShell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Today shows the day's work and every line opens where that work is done. */
@ExtendWith(ApplicationExtension.class)
class TodayViewUiTest {
    private ConsultationFixture f;
    private Consultation booked;
    private long overdue;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        f = new ConsultationFixture(Files.createTempDirectory("today-ui"), TestDb.CLOCK).seed();
        long enquiry = f.enquiry("Lakshmi Narayanan", "+919845012345", "NEW", null);
        overdue = f.enquiry("Ravi Kumar", "+917022134567", "CONTACTED", "2026-11-22");
        booked = f.consultations.book(new NewConsultation(enquiry, f.bangalore, f.rao.id(),
                LocalDate.of(2026, 11, 25).atTime(11, 0), 30, ConsultationMode.IN_PERSON, "", null));
        TodayView screen = new TodayView(new TodayViewModel(f.today, new DirectTaskRunner()), new TodayNavigator() {
            @Override
            public void openConsultation(long centreId, LocalDate day, long consultationId) {
                opened.add("consultation " + consultationId + " " + day);
            }

            @Override
            public void openEnquiry(long enquiryId) {
                opened.add("enquiry " + enquiryId);
            }

            @Override
            public void openFollowUps() {
                opened.add("follow-ups");
            }
        });
        Scene scene = new Scene(new javafx.scene.layout.StackPane(screen.view()), 1280, 800);
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
    void consultationsArrivalsAndFollowUpsAreListedAndOpenWhereTheWorkIs(FxRobot robot) {
        assertThat(labels(robot, "#today-expected")).contains("11:00", "Lakshmi Narayanan", "Booked");
        assertThat(labels(robot, "#today-follow-ups")).contains("Ravi Kumar", "3 days overdue");
        assertThat(labels(robot, "#today-new")).contains("Lakshmi Narayanan", "Ravi Kumar");
        assertThat(robot.lookup("#today-sheets-slot").tryQuery()).isPresent();

        robot.clickOn(robot.lookup("#today-expected").lookup("#today-consultation-" + booked.id()).queryAs(javafx.scene.Node.class));
        robot.clickOn(robot.lookup("#today-follow-ups").lookup("#today-enquiry-" + overdue).queryAs(javafx.scene.Node.class));
        robot.clickOn("#today-all-follow-ups");
        assertThat(opened).containsExactly("consultation " + booked.id() + " 2026-11-25", "enquiry " + overdue, "follow-ups");
    }

    private static List<String> labels(FxRobot robot, String card) {
        return robot.lookup(card).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

}

package org.clinicdesk.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.report.ReportTable;
import org.clinicdesk.testing.OnFx;
import org.clinicdesk.testing.DeskFixture;
import org.clinicdesk.testing.ReportSeed;
import org.clinicdesk.testing.Snapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A manager opens Reports on the hand-counted data, reads figures, changes report, centre and range, exports. */
@ExtendWith(ApplicationExtension.class)
class ReportsUiTest {
    @TempDir
    Path dir;
    DeskFixture desk;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.open(dir);
        desk.context.clinicService().completeFirstStart("Deccan Rheumatology Clinic",
                Centre.newCentre("Bangalore", "Bengaluru", "", "", ""));
        ReportSeed.seed(desk.context.database());
        stage.setWidth(1400);
        stage.setHeight(900);
        desk.show(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @SuppressWarnings("unchecked")
    private static String figure(FxRobot robot, String table, String label, int value) {
        var found = robot.lookup(table).tryQuery();
        if (found.isEmpty()) {
            return "no table";
        }
        TableView<ReportTable.Row> view = (TableView<ReportTable.Row>) found.get();
        return view.getItems().stream().filter(r -> r.labels().getFirst().english().equals(label)).findFirst()
                .map(r -> ReportTable.figure(r.values().get(value))).orElse("missing");
    }

    private static void choose(FxRobot robot, String combo, String item) {
        robot.clickOn(combo);
        javafx.scene.Node cell = robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && item.equals(c.getText()) && c.getParent() != null
                && !(c.getParent() instanceof javafx.scene.control.ComboBox<?>)).query();
        robot.clickOn(cell);
    }

    @Test
    void managerReadsTheChannelsFunnelByCentreAnEmptyMonthAndExports(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, OnFx.check(() -> robot.lookup("#nav-reports").tryQuery().isPresent()));
        robot.clickOn("#nav-reports");
        // this month on the test clock is November 2026: enquiries by channel as bars, the weekly trend as a line
        waitFor(20, TimeUnit.SECONDS, OnFx.check(() -> robot.lookup("#reports-table-0").tryQuery().isPresent()));
        assertThat((Object) robot.lookup("#reports-chart-0").query()).isInstanceOf(BarChart.class);
        assertThat((Object) robot.lookup("#reports-chart-1").query()).isInstanceOf(LineChart.class);
        assertThat(figure(robot, "#reports-table-0", "Phone", 0)).isEqualTo("2");

        choose(robot, "#reports-kind", "Funnel");
        try {
            waitFor(20, TimeUnit.SECONDS, OnFx.check(() -> figure(robot, "#reports-table-0", "Booked", 0).equals("4")));
        } catch (java.util.concurrent.TimeoutException e) {
            Snapshots.save(robot, desk.shell.scene(), "reports-funnel-failed");
            throw new AssertionError("status: " + robot.lookup("#reports-status").queryAs(Label.class).getText()
                    + "; booked: " + figure(robot, "#reports-table-0", "Booked", 0), e);
        }
        BarChart<?, ?> funnel = robot.lookup("#reports-chart-0").queryAs(BarChart.class);
        assertThat(funnel.getXAxis()).isInstanceOf(NumberAxis.class);
        assertThat(robot.lookup(".report-bar-figure").queryAll()).anySatisfy(
                n -> assertThat(((Label) n).getText()).isEqualTo("4  ·  80.0%"));
        Snapshots.save(robot, desk.shell.scene(), "reports-funnel");

        choose(robot, "#reports-centre", "Hyderabad");
        waitFor(20, TimeUnit.SECONDS, OnFx.check(() -> figure(robot, "#reports-table-0", "Enquired", 0).equals("3")));

        choose(robot, "#reports-preset", "Last month");
        waitFor(20, TimeUnit.SECONDS, OnFx.check(() -> robot.lookup("#reports-empty").tryQuery()
                .map(n -> n.isVisible() && n.getScene() != null).orElse(false)));
        assertThat(robot.lookup("#reports-empty").queryAs(Label.class).getText())
                .isEqualTo("Nobody enquired from 1 Oct 2026 to 31 Oct 2026 (Hyderabad), so there is no funnel to show.");

        choose(robot, "#reports-preset", "This month");
        waitFor(20, TimeUnit.SECONDS, OnFx.check(() -> robot.lookup("#reports-table-0").tryQuery().isPresent()
                && figure(robot, "#reports-table-0", "Enquired", 0).equals("3")));
        Path csv = dir.resolve("funnel-hyderabad.csv");
        desk.dialogs.saveTo = csv;
        robot.clickOn("#reports-export-csv");
        waitFor(20, TimeUnit.SECONDS, () -> Files.exists(csv));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                .contains("funnel,2026-11-01,2026-11-30,Hyderabad,From enquiry to consultation (each person once),"
                        + "Booked,,People,2");

        desk.printer.installed = true;
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitFor(30, TimeUnit.SECONDS, () -> desk.printer.jobs.size() == 1);
        assertThat(desk.printer.jobs.getFirst().name()).isEqualTo("Funnel");
    }
}

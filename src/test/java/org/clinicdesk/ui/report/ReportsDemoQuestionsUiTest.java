package org.clinicdesk.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clinicdesk.domain.report.ReportTable;
import org.clinicdesk.testing.DeskFixture;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The "done when", asked the way a manager asks it on the demo clinic (six months of history, test clock
 * Wednesday 25 Nov 2026, Asia/Kolkata): open Reports, choose report, range and centre, read the answer off the
 * screen's table, and check it against the database counted here from the rows themselves; then export and print.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsDemoQuestionsUiTest {
    /** The last 90 days to 25 Nov 2026 are 28 Aug to 25 Nov, clinic days (UTC+5:30) as UTC stamps. */
    private static final String NINETY_FROM = "2026-08-27T18:30:00.000Z";
    private static final String NINETY_TO = "2026-11-25T18:30:00.000Z";
    private static final String NOVEMBER_FROM = "2026-10-31T18:30:00.000Z";
    private static final String NOVEMBER_TO = "2026-11-30T18:30:00.000Z";

    @TempDir
    Path dir;
    DeskFixture desk;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.openDemo(dir);
        stage.setWidth(1366);
        stage.setHeight(768);
        desk.show(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aManagerAnswersTheThreeQuestionsFromTheScreen(FxRobot robot) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-reports").tryQuery().isPresent());
        robot.clickOn("#nav-reports");
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#reports-table-0").tryQuery().isPresent());

        // "Which channel brings the patients who actually come?": Funnel, the last 90 days, all centres
        choose(robot, "#reports-kind", "Funnel");
        choose(robot, "#reports-preset", "The last 90 days");
        List<ReportTable.Row> byChannel = rowsOf(robot, "Conversion by channel");
        ReportTable.Row best = byChannel.stream()
                .max(Comparator.comparingDouble(r -> r.values().get(4).doubleValue())).orElseThrow();
        Map<String, long[]> counted = peopleAndCameByChannel();
        String bestInDb = counted.entrySet().stream()
                .max(Comparator.comparingDouble(e -> (double) e.getValue()[1] / e.getValue()[0])).orElseThrow().getKey();
        assertThat(best.labels().getFirst().english()).isEqualTo(channelLabel(bestInDb)).isEqualTo("Referral");
        for (ReportTable.Row row : byChannel) {
            long[] db = counted.get(channelCode(row.labels().getFirst().english()));
            assertThat(List.of(row.values().get(0).longValue(), row.values().get(2).longValue()))
                    .as(row.labels().getFirst().english()).containsExactly(db[0], db[1]);
        }

        // "Which clinician has the most no-shows on Mondays?": Consultations, the same range
        choose(robot, "#reports-kind", "Consultations");
        List<ReportTable.Row> mondays = rowsOf(robot, "No-shows and cancellations by clinician and weekday").stream()
                .filter(r -> r.labels().get(1).english().equals("Monday")).toList();
        ReportTable.Row most = mondays.stream().max(Comparator.comparingLong(r -> r.values().get(1).longValue()))
                .orElseThrow();
        List<Record> mondayNoShows = desk.context.database().read(ctx -> ctx.fetch(
                "SELECT cl.name, count(*) AS n FROM consultation c JOIN clinician cl ON cl.id = c.clinician_id"
                        + " WHERE c.status = 'NO_SHOW' AND strftime('%w', c.starts_at) = '1'"
                        + " AND c.starts_at >= '2026-08-28' AND c.starts_at < '2026-11-26'"
                        + " GROUP BY cl.name ORDER BY n DESC"));
        assertThat(mondayNoShows.size()).isGreaterThan(1);
        assertThat(mondayNoShows.get(0).get("n", Long.class)).isGreaterThan(mondayNoShows.get(1).get("n", Long.class));
        assertThat(most.labels().getFirst().english()).isEqualTo(mondayNoShows.getFirst().get("name", String.class));
        assertThat(most.values().get(1).longValue()).isEqualTo(mondayNoShows.getFirst().get("n", Long.class));

        // "Which sheets went out in Kannada this month?": Information sheets, this month (November), all centres
        choose(robot, "#reports-kind", "Information sheets");
        choose(robot, "#reports-preset", "This month");
        Map<String, Long> kannadaOnScreen = new TreeMap<>();
        rowsOf(robot, "Sheets handed out, by sheet and language").stream()
                .filter(r -> r.labels().get(1).english().equals("Kannada"))
                .forEach(r -> kannadaOnScreen.put(r.labels().getFirst().english(), r.values().getFirst().longValue()));
        Map<String, Long> kannadaInDb = new TreeMap<>();
        desk.context.database().read(ctx -> ctx.fetch(
                "SELECT (SELECT t.title FROM sheet_version t WHERE t.sheet_id = v.sheet_id"
                        + " ORDER BY t.language = 'en' DESC, t.version DESC, t.id DESC LIMIT 1) AS title, count(*) AS n"
                        + " FROM handout h JOIN sheet_version v ON v.id = h.sheet_version_id"
                        + " WHERE h.language = 'kn' AND h.given_at >= ? AND h.given_at < ? GROUP BY v.sheet_id",
                NOVEMBER_FROM, NOVEMBER_TO)).forEach(r -> kannadaInDb.put(r.get("title", String.class),
                r.get("n", Long.class)));
        assertThat(kannadaInDb).isNotEmpty();
        assertThat(kannadaOnScreen).isEqualTo(kannadaInDb);

        // the same answer in the CSV a manager mails on, and on paper
        Path csv = dir.resolve("sheets-november.csv");
        desk.dialogs.saveTo = csv;
        robot.clickOn("#reports-export-csv");
        waitFor(20, TimeUnit.SECONDS, () -> Files.exists(csv));
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        kannadaInDb.forEach((title, n) -> assertThat(written).contains("sheets,2026-11-01,2026-11-30,all centres,"
                + "\"Sheets handed out, by sheet and language\"," + csvField(title) + ",Kannada,Handed out," + n));
        desk.printer.installed = true;
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitFor(30, TimeUnit.SECONDS, () -> desk.printer.jobs.size() == 1);
        assertThat(desk.printer.jobs.getFirst().name()).isEqualTo("Information sheets");
    }

    /** Per first channel: people (linked enquiries once, by their first enquiry in the range) and how many came. */
    private Map<String, long[]> peopleAndCameByChannel() {
        Map<Long, String> firstChannel = new HashMap<>();
        Map<Long, String> firstAt = new HashMap<>();
        Map<Long, Long> personOf = new HashMap<>();
        desk.context.database().read(ctx -> ctx.fetch("SELECT id, coalesce(person_id, id) AS person, channel, created_at"
                + " FROM enquiry WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id", NINETY_FROM, NINETY_TO))
                .forEach(r -> {
                    long person = r.get("person", Long.class);
                    personOf.put(r.get("id", Long.class), person);
                    firstChannel.putIfAbsent(person, r.get("channel", String.class));
                    firstAt.putIfAbsent(person, r.get("created_at", String.class));
                });
        Map<Long, Boolean> came = new HashMap<>();
        desk.context.database().read(ctx -> ctx.fetch("SELECT enquiry_id, status FROM consultation")).forEach(r -> {
            Long person = personOf.get(r.get("enquiry_id", Long.class));
            if (person != null && List.of("ARRIVED", "COMPLETED").contains(r.get("status", String.class))) {
                came.put(person, true);
            }
        });
        Map<String, long[]> counts = new TreeMap<>();
        firstChannel.forEach((person, channel) -> {
            long[] c = counts.computeIfAbsent(channel, k -> new long[2]);
            c[0]++;
            c[1] += came.containsKey(person) ? 1 : 0;
        });
        return counts;
    }

    private static final Map<String, String> CHANNELS = Map.of("WALK_IN", "Walk-in", "PHONE", "Phone", "WHATSAPP",
            "WhatsApp", "WEBSITE", "Website form", "EMAIL", "E-mail", "REFERRAL", "Referral");

    private static String channelLabel(String code) {
        return CHANNELS.get(code);
    }

    private static String channelCode(String label) {
        return CHANNELS.entrySet().stream().filter(e -> e.getValue().equals(label)).findFirst().orElseThrow().getKey();
    }

    private static String csvField(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** The rows of the table under the heading a manager reads, once the screen has the figures for the choices. */
    @SuppressWarnings("unchecked")
    private static List<ReportTable.Row> rowsOf(FxRobot robot, String heading) throws Exception {
        waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#reports-status").queryAs(Label.class).getText().isEmpty()
                && robot.lookup(".label").match(n -> n instanceof Label l && heading.equals(l.getText())
                && l.getScene() != null).tryQuery().isPresent());
        Label title = robot.lookup(".label").match(n -> n instanceof Label l && heading.equals(l.getText())).query();
        TableView<ReportTable.Row> table = (TableView<ReportTable.Row>) title.getParent().getChildrenUnmodifiable()
                .stream().filter(n -> n instanceof TableView<?>).findFirst().orElseThrow();
        return List.copyOf(table.getItems());
    }

    private static void choose(FxRobot robot, String combo, String item) {
        robot.clickOn(combo);
        javafx.scene.Node cell = robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c
                && item.equals(c.getText()) && c.getParent() != null
                && !(c.getParent() instanceof javafx.scene.control.ComboBox<?>)).query();
        robot.clickOn(cell);
    }
}

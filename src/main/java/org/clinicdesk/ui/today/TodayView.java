package org.clinicdesk.ui.today;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.domain.today.EnquiryGlance;
import org.clinicdesk.domain.today.TodayOverview;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.StartMarks;
import org.clinicdesk.ui.common.Screen;
import org.clinicdesk.ui.common.Styles;
import org.clinicdesk.ui.consultation.StatusLabels;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * Today: consultations per centre with their statuses, arrivals still expected, follow-ups due and overdue, new
 * enquiries since yesterday, and (when the sheets work lands) sheets due for review. Every line opens where the work is.
 */
public final class TodayView implements Screen {
    private static final int SHOWN = 12;
    private final TodayViewModel vm;
    private final TodayNavigator navigator;
    private final Label heading = new Label();
    private final VBox consultations = card("today-consultations");
    private final VBox expected = card("today-expected");
    private final VBox followUps = card("today-follow-ups");
    private final VBox fresh = card("today-new");
    /** Slot for "sheets due for review": the lead puts the sheets feature's card here with {@link #setSheetsCard}. */
    private final StackPane sheetsSlot = new StackPane();
    private final VBox backupSlot = new VBox();
    private Node view;

    public TodayView(TodayViewModel vm, TodayNavigator navigator) {
        this.vm = vm;
        this.navigator = navigator;
        vm.overviewProperty().addListener((obs, old, now) -> show(now));
        sheetsSlot.setId("today-sheets-slot");
    }

    @Override
    public String id() {
        return "today";
    }

    @Override
    public String titleKey() {
        return "nav.today";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.EVENT_NOTE;
    }

    /** BACKUP SLOT: the data-safety feature's "last backup failed" line, above everything else (null empties it). */
    public void setBackupNotice(Node notice) {
        backupSlot.getChildren().setAll(notice == null ? List.of() : List.of(notice));
    }

    /** SHEETS-REVIEW SLOT: the information-sheets feature's "due for review" card goes here (null empties it). */
    public void setSheetsCard(Node card) {
        sheetsSlot.getChildren().setAll(card == null ? List.of() : List.of(card));
    }

    @Override
    public Node view() {
        if (view == null) {
            Label title = new Label(Messages.get("nav.today"));
            title.getStyleClass().add(Styles.SCREEN_TITLE);
            heading.getStyleClass().add("diary-day-name");
            Button refresh = new Button(Messages.get("today.refresh"));
            refresh.setId("today-refresh");
            refresh.setOnAction(e -> vm.load());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(14, title, heading, gap, refresh);
            top.setAlignment(Pos.CENTER_LEFT);
            Label error = new Label();
            error.getStyleClass().add(Styles.FORM_ERROR);
            error.textProperty().bind(vm.errors().form());
            error.visibleProperty().bind(vm.errors().form().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            GridPane grid = new GridPane();
            grid.setHgap(16);
            grid.setVgap(16);
            for (int i = 0; i < 2; i++) {
                ColumnConstraints c = new ColumnConstraints();
                c.setPercentWidth(50);
                grid.getColumnConstraints().add(c);
            }
            grid.add(consultations, 0, 0, 1, 2);
            grid.add(expected, 1, 0);
            grid.add(followUps, 1, 1);
            grid.add(fresh, 0, 2);
            grid.add(sheetsSlot, 1, 2);
            ScrollPane scroll = new ScrollPane(grid);
            scroll.setFitToWidth(true);
            VBox.setVgrow(scroll, Priority.ALWAYS);
            VBox box = new VBox(12, top, backupSlot, error, scroll);
            box.getStyleClass().add(Styles.SCREEN);
            box.setPadding(new Insets(20, 24, 16, 24));
            view = box;
        }
        return view;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    private static VBox card(String id) {
        VBox card = new VBox(4);
        card.setId(id);
        card.getStyleClass().addAll(Styles.CARD, "today-card");
        return card;
    }

    private void show(TodayOverview o) {
        if (o == null) {
            return;
        }
        heading.setText(o.today().format(DateFormats.LONG_DAY));
        consultations.getChildren().setAll(cardTitle("today.consultations", o.consultations().size()));
        for (Centre centre : o.centres()) {
            List<Consultation> here = o.at(centre.id());
            Label name = new Label(Messages.format("today.centreCount", centre.name(), here.size()));
            name.getStyleClass().add("today-centre");
            consultations.getChildren().add(name);
            for (Consultation c : here) {
                consultations.getChildren().add(consultationRow(o, c, false));
            }
            if (here.isEmpty()) {
                consultations.getChildren().add(hint("today.noConsultations"));
            }
        }
        List<Consultation> waiting = o.stillExpected();
        expected.getChildren().setAll(cardTitle("today.expected", waiting.size()));
        waiting.stream().limit(SHOWN).forEach(c -> expected.getChildren().add(consultationRow(o, c, true)));
        more(expected, waiting.size());
        if (waiting.isEmpty()) {
            expected.getChildren().add(hint("today.noneExpected"));
        }
        followUps.getChildren().setAll(cardTitle("today.followUps", o.followUps().size()));
        o.followUps().stream().limit(SHOWN).forEach(g -> followUps.getChildren().add(enquiryRow(o, g, true)));
        more(followUps, o.followUps().size());
        if (o.followUps().isEmpty()) {
            followUps.getChildren().add(hint("today.noFollowUps"));
        } else {
            Button all = new Button(Messages.get("today.allFollowUps"));
            all.setId("today-all-follow-ups");
            all.setOnAction(e -> navigator.openFollowUps());
            followUps.getChildren().add(all);
        }
        fresh.getChildren().setAll(cardTitle("today.new", o.newEnquiries().size()));
        o.newEnquiries().stream().limit(SHOWN).forEach(g -> fresh.getChildren().add(enquiryRow(o, g, false)));
        more(fresh, o.newEnquiries().size());
        if (o.newEnquiries().isEmpty()) {
            fresh.getChildren().add(hint("today.noNew"));
        }
        StartMarks.todayShown(consultations);
    }

    private Node consultationRow(TodayOverview o, Consultation c, boolean showLate) {
        Label time = new Label(c.start().toLocalTime().format(DateFormats.TIME));
        time.setMinWidth(48);
        Label name = new Label(c.personName());
        name.setMinWidth(150);
        name.setPrefWidth(170);
        Label who = new Label(o.clinicianNames().getOrDefault(c.clinicianId(), ""));
        who.getStyleClass().add(Styles.HINT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label status = new Label(StatusLabels.text(c.status()));
        status.getStyleClass().addAll("status-chip", StatusLabels.styleClass(c.status()));
        HBox row = new HBox(10, time, name, who, gap);
        if (showLate && c.start().isBefore(o.now())) {
            Label late = new Label(Messages.get("today.late"));
            late.getStyleClass().add("today-late");
            row.getChildren().add(late);
        }
        row.getChildren().add(status);
        return clickable(row, "today-consultation-" + c.id(), () -> navigator.openConsultation(c.centreId(), c.day(), c.id()));
    }

    private Node enquiryRow(TodayOverview o, EnquiryGlance g, boolean followUp) {
        Label name = new Label(g.fullName());
        name.setMinWidth(150);
        name.setPrefWidth(190);
        Label phone = new Label(StatusLabels.phone(g.phone()));
        phone.getStyleClass().add(Styles.HINT);
        // on a narrow card the name gives way; a phone number or centre cut short is no use
        phone.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(10, name, phone, gap);
        if (followUp) {
            boolean overdue = g.nextFollowUp() != null && g.nextFollowUp().isBefore(o.today());
            Label when = new Label(overdue ? Messages.format("today.overdue", days(g.nextFollowUp(), o.today()))
                    : Messages.get("today.dueToday"));
            if (overdue) {
                when.getStyleClass().add("today-late");
            }
            row.getChildren().add(when);
        } else {
            Label channel = new Label(centreName(o, g.centreId()));
            channel.getStyleClass().add(Styles.HINT);
            channel.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(channel);
        }
        return clickable(row, "today-enquiry-" + g.id(), () -> navigator.openEnquiry(g.id()));
    }

    private static long days(LocalDate from, LocalDate to) {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to);
    }

    private static String centreName(TodayOverview o, long id) {
        return o.centres().stream().filter(c -> c.id() == id).map(Centre::name).findFirst().orElse("");
    }

    private static Node clickable(HBox row, String id, Runnable open) {
        row.setId(id);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("today-row");
        row.setFocusTraversable(true);
        row.setOnMouseClicked(e -> open.run());
        row.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                open.run();
            }
        });
        return row;
    }

    private static Node cardTitle(String key, int count) {
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add("today-card-title");
        Label n = new Label(Integer.toString(count));
        n.getStyleClass().add("today-count");
        HBox box = new HBox(8, title, n);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private static void more(VBox card, int total) {
        if (total > SHOWN) {
            card.getChildren().add(new Label(Messages.format("today.more", total - SHOWN)));
        }
    }

    private static Label hint(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add(Styles.HINT);
        l.setWrapText(true);
        return l;
    }
}

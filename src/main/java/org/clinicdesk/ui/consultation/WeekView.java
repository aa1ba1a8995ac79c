package org.clinicdesk.ui.consultation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.ui.common.Messages;

/** One centre's week, Monday to Sunday: each day's consultations in time order, status in words; a day opens its day view. */
final class WeekView {
    private final DiaryViewModel vm;
    private final GridPane grid = new GridPane();
    private final ScrollPane root = new ScrollPane(grid);
    private final Consumer<LocalDate> onOpenDay;
    private final Consumer<Consultation> onOpenConsultation;

    WeekView(DiaryViewModel vm, Consumer<LocalDate> onOpenDay, Consumer<Consultation> onOpenConsultation) {
        this.vm = vm;
        this.onOpenDay = onOpenDay;
        this.onOpenConsultation = onOpenConsultation;
        root.setId("diary-week");
        root.setFitToWidth(true);
        grid.setHgap(8);
        grid.setPadding(new Insets(8));
        for (int i = 0; i < 7; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / 7);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        vm.week().addListener((ListChangeListener<Consultation>) change -> rebuild());
        vm.dateProperty().addListener((obs, old, now) -> rebuild());
    }

    Node root() {
        return root;
    }

    private void rebuild() {
        grid.getChildren().clear();
        LocalDate date = vm.dateProperty().get();
        if (date == null) {
            return;
        }
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate today = vm.nowProperty().get() == null ? null : vm.nowProperty().get().toLocalDate();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            Button head = new Button(d.format(DateFormats.WEEKDAY_DAY));
            head.setId("week-day-" + d);
            head.setMaxWidth(Double.MAX_VALUE);
            head.getStyleClass().add("week-day-head");
            if (d.equals(today)) {
                head.getStyleClass().add("today");
            }
            if (d.equals(date)) {
                head.getStyleClass().add("chosen");
            }
            head.setOnAction(e -> onOpenDay.accept(d));
            VBox column = new VBox(4, head);
            column.getStyleClass().add("week-column");
            var items = vm.week().stream().filter(c -> c.day().equals(d)).toList();
            for (Consultation c : items) {
                Label time = new Label(c.start().toLocalTime().format(DateFormats.TIME));
                time.getStyleClass().add("week-time");
                time.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label status = new Label(StatusLabels.text(c.status()));
                status.getStyleClass().add("week-status");
                Label name = new Label(c.personName());
                name.getStyleClass().add("week-name");
                Label who = new Label(vm.clinicianName(c.clinicianId()));
                who.getStyleClass().add("week-time");
                VBox item = new VBox(0, new HBox(6, time, status), name, who);
                item.getStyleClass().addAll("week-item", StatusLabels.styleClass(c.status()));
                item.setOnMouseClicked(e -> onOpenConsultation.accept(c));
                column.getChildren().add(item);
            }
            if (items.isEmpty()) {
                Label none = new Label(Messages.get("week.none"));
                none.getStyleClass().add("hint");
                column.getChildren().add(none);
            }
            grid.add(column, i, 0);
        }
    }
}

package org.clinicdesk.ui.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.consultation.Clinician;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.domain.consultation.WeeklyHours;
import org.clinicdesk.ui.common.Messages;

/**
 * One centre's day: a column per clinician, time running down, each consultation a block that says its status in
 * words as well as colour, the clinician's working hours lighter than the rest, and a line at the present moment.
 */
final class DayGridView {
    static final double PX_PER_MINUTE = 1.6;
    private static final double AXIS = 58;
    private static final LocalTime DEFAULT_FROM = LocalTime.of(9, 0);
    private static final LocalTime DEFAULT_TO = LocalTime.of(18, 0);

    private final DiaryViewModel vm;
    private final Pane canvas = new Pane();
    private final HBox header = new HBox();
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final VBox root;
    private final Label empty = new Label();
    private Consumer<Consultation> onOpen = c -> { };
    private BiConsumer<Clinician, LocalDateTime> onBookAt = (c, t) -> { };

    DayGridView(DiaryViewModel vm) {
        this.vm = vm;
        canvas.getStyleClass().add("diary-canvas");
        header.getStyleClass().add("diary-header");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        empty.getStyleClass().add("hint");
        empty.setWrapText(true);
        empty.setPadding(new Insets(16));
        root = new VBox(header, scroll);
        root.setId("diary-day");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        ListChangeListener<Object> redraw = change -> rebuild();
        vm.day().addListener(redraw);
        vm.columns().addListener(redraw);
        vm.selectedProperty().addListener((obs, old, now) -> rebuild());
        vm.nowProperty().addListener((obs, old, now) -> rebuild());
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            if (old == null || old.getWidth() != now.getWidth()) {
                rebuild();
            }
        });
    }

    void setOnOpen(Consumer<Consultation> handler) {
        this.onOpen = handler;
    }

    void setOnBookAt(BiConsumer<Clinician, LocalDateTime> handler) {
        this.onBookAt = handler;
    }

    Node root() {
        return root;
    }

    private void rebuild() {
        canvas.getChildren().clear();
        header.getChildren().clear();
        LocalDate date = vm.dateProperty().get();
        List<Clinician> columns = List.copyOf(vm.columns());
        long centreId = vm.centreProperty().get() == null ? 0 : vm.centreProperty().get().id();
        if (date == null || columns.isEmpty()) {
            empty.setText(Messages.get("diary.noClinicians"));
            header.getChildren().add(empty);
            return;
        }
        LocalTime from = DEFAULT_FROM;
        LocalTime to = DEFAULT_TO;
        for (Clinician c : columns) {
            for (WeeklyHours h : c.hoursOn(date, centreId)) {
                from = h.from().isBefore(from) ? h.from() : from;
                to = h.to().isAfter(to) ? h.to() : to;
            }
        }
        for (Consultation c : vm.day()) {
            from = c.start().toLocalTime().isBefore(from) ? c.start().toLocalTime() : from;
            to = c.end().toLocalDate().isAfter(date) ? LocalTime.MAX : c.end().toLocalTime().isAfter(to) ? c.end().toLocalTime() : to;
        }
        LocalTime start = from.withMinute(0);
        int minutes = (int) java.time.Duration.between(start, to).toMinutes();
        minutes = minutes + (60 - minutes % 60) % 60;
        double width = Math.max(scroll.getViewportBounds().getWidth(), 400);
        double columnWidth = (width - AXIS) / columns.size();
        canvas.setPrefHeight(minutes * PX_PER_MINUTE + 12);
        canvas.setMinHeight(minutes * PX_PER_MINUTE + 12);

        Region axisHead = new Region();
        axisHead.setMinWidth(AXIS);
        header.getChildren().add(axisHead);
        for (int i = 0; i < columns.size(); i++) {
            Clinician clinician = columns.get(i);
            Label name = new Label(clinician.name());
            name.getStyleClass().add("diary-column-title");
            name.setPrefWidth(columnWidth);
            name.setMinWidth(columnWidth);
            String hours = String.join(", ", clinician.hoursOn(date, centreId).stream()
                    .map(h -> h.from() + "–" + h.to()).toList());
            name.setTooltip(new Tooltip(hours.isEmpty() ? Messages.get("diary.noHoursToday") : hours));
            header.getChildren().add(name);
            drawHours(clinician, date, centreId, start, AXIS + i * columnWidth, columnWidth);
        }
        LocalDateTime nowTime = vm.nowProperty().get();
        double nowY = nowTime != null && nowTime.toLocalDate().equals(date) ? y(start, nowTime.toLocalTime()) : -100;
        drawGrid(start, minutes, width, nowY);
        for (Consultation c : vm.day()) {
            int column = indexOf(columns, c.clinicianId());
            if (column >= 0) {
                drawBlock(c, start, AXIS + column * columnWidth, columnWidth);
            }
        }
        LocalDateTime now = vm.nowProperty().get();
        if (now != null && now.toLocalDate().equals(date)) {
            double y = y(start, now.toLocalTime());
            if (y >= 0 && y <= minutes * PX_PER_MINUTE) {
                Line line = new Line(AXIS - 6, y, width, y);
                line.getStyleClass().add("diary-now-line");
                line.setId("diary-now-line");
                Label label = new Label(now.toLocalTime().format(DateFormats.TIME));
                label.getStyleClass().add("diary-now-label");
                label.relocate(2, y - 9);
                canvas.getChildren().addAll(line, label);
            }
        }
    }

    private static int indexOf(List<Clinician> columns, long clinicianId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id() == clinicianId) {
                return i;
            }
        }
        return -1;
    }

    private static double y(LocalTime start, LocalTime t) {
        return java.time.Duration.between(start, t).toMinutes() * PX_PER_MINUTE;
    }

    private void drawGrid(LocalTime start, int minutes, double width, double nowY) {
        for (int m = 0; m <= minutes; m += 30) {
            double y = m * PX_PER_MINUTE;
            Line line = new Line(AXIS, y, width, y);
            line.getStyleClass().add(m % 60 == 0 ? "diary-hour-line" : "diary-half-line");
            canvas.getChildren().add(line);
            // the now label takes the place of an hour label it would overlap
            if (m % 60 == 0 && m < minutes && Math.abs(y + 9 - nowY) > 16) {
                Label label = new Label(start.plusMinutes(m).format(DateFormats.TIME));
                label.getStyleClass().add("diary-time");
                label.relocate(8, y + 2);
                canvas.getChildren().add(label);
            }
        }
    }

    private void drawHours(Clinician clinician, LocalDate date, long centreId, LocalTime start, double x, double w) {
        Region off = new Region();
        off.getStyleClass().add("diary-off-hours");
        off.relocate(x, 0);
        off.prefWidthProperty().set(w);
        off.prefHeightProperty().bind(canvas.prefHeightProperty());
        canvas.getChildren().add(off);
        for (WeeklyHours h : clinician.hoursOn(date, centreId)) {
            Region open = new Region();
            open.getStyleClass().add("diary-hours");
            open.relocate(x, y(start, h.from()));
            open.setPrefSize(w, y(h.from(), h.to()));
            open.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    int slot = Math.max(5, clinician.slotMinutes());
                    long minute = (long) (e.getY() / PX_PER_MINUTE);
                    LocalTime t = h.from().plusMinutes(minute - minute % slot);
                    onBookAt.accept(clinician, date.atTime(t));
                }
            });
            canvas.getChildren().add(open);
        }
    }

    private void drawBlock(Consultation c, LocalTime start, double x, double w) {
        boolean freed = !c.status().holdsSlot();
        boolean sharesTime = vm.day().stream().anyMatch(o -> o != c && o.clinicianId() == c.clinicianId()
                && o.status().holdsSlot() != c.status().holdsSlot() && o.overlaps(c.start(), c.end()));
        double blockX = x + 4;
        double blockW = w - 8;
        if (sharesTime) {
            // a cancelled booking and the one that took its time: the live one wide, the freed one narrow at the side
            blockW = freed ? (w - 8) * 0.34 : (w - 8) * 0.64;
            blockX = freed ? x + 4 + (w - 8) * 0.66 : x + 4;
        }
        Label time = new Label(c.start().toLocalTime().format(DateFormats.TIME) + "–"
                + c.end().toLocalTime().format(DateFormats.TIME));
        time.getStyleClass().add("diary-block-time");
        Label name = new Label(c.personName());
        name.getStyleClass().add("diary-block-name");
        Label status = new Label(StatusLabels.text(c.status()) + (c.mode() == org.clinicdesk.domain.consultation.ConsultationMode.IN_PERSON
                ? "" : " · " + StatusLabels.mode(c.mode())));
        status.getStyleClass().add("diary-block-status");
        VBox block = new VBox(0, new HBox(8, time, status), name);
        if (c.durationMinutes() < 25) {
            block = new VBox(0, new HBox(6, time, name, status));
        }
        block.getStyleClass().addAll("diary-block", StatusLabels.styleClass(c.status()));
        if (vm.selectedProperty().get() != null && vm.selectedProperty().get().id() == c.id()) {
            block.getStyleClass().add("selected");
        }
        block.setId("consultation-" + c.id());
        block.relocate(blockX, y(start, c.start().toLocalTime()) + 1);
        block.setPrefSize(blockW, Math.max(18, c.durationMinutes() * PX_PER_MINUTE - 2));
        block.setMaxSize(blockW, Math.max(18, c.durationMinutes() * PX_PER_MINUTE - 2));
        block.setMinSize(blockW, Math.max(18, c.durationMinutes() * PX_PER_MINUTE - 2));
        Tooltip.install(block, new Tooltip(c.personName() + "\n" + StatusLabels.phone(c.phone()) + "\n"
                + StatusLabels.text(c.status())));
        block.setOnMouseClicked(e -> {
            vm.select(c);
            if (e.getClickCount() == 2) {
                onOpen.accept(c);
            }
            e.consume();
        });
        canvas.getChildren().add(block);
    }
}

package org.clinicdesk.ui.consultation;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.domain.consultation.ConsultationStatus;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** The selected consultation: who, when, status in words, and the moves the status table allows. */
final class ConsultationDetailPane {
    private final DiaryViewModel vm;
    private final VBox root = new VBox(10);
    private final Label title = new Label();
    private final Label facts = new Label();
    private final Label status = new Label();
    private final Button confirm = action("consultation-confirm", "consultation.action.confirm");
    private final Button arrived = action("consultation-arrived", "consultation.action.arrived");
    private final Button completed = action("consultation-completed", "consultation.action.completed");
    private final Button noShow = action("consultation-no-show", "consultation.action.noShow");
    private final Button unreachable = action("consultation-unreachable", "consultation.action.unreachable");
    private final Button undo = action("consultation-undo", "consultation.action.undo");
    private final Button reschedule = action("consultation-reschedule", "consultation.action.reschedule");
    private final TextField cancelReason = new TextField();
    private final Button cancel = action("consultation-cancel", "consultation.action.cancel");
    private final Label hint = new Label(Messages.get("consultation.detail.none"));
    private final Button slip = action("consultation-booking-slip", "consultation.action.bookingSlip");
    private Consumer<Consultation> onBookingSlip = c -> { };

    ConsultationDetailPane(DiaryViewModel vm, Consumer<Consultation> onReschedule) {
        this.vm = vm;
        root.setId("consultation-detail");
        root.getStyleClass().add("consultation-detail");
        root.setPadding(new Insets(14));
        root.setMinWidth(280);
        root.setPrefWidth(300);
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        title.setId("consultation-detail-name");
        facts.setWrapText(true);
        status.setId("consultation-detail-status");
        status.getStyleClass().add("status-chip");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        confirm.setOnAction(e -> vm.move(ConsultationStatus.CONFIRMED));
        arrived.setOnAction(e -> vm.move(ConsultationStatus.ARRIVED));
        completed.setOnAction(e -> vm.move(ConsultationStatus.COMPLETED));
        noShow.setOnAction(e -> vm.move(ConsultationStatus.NO_SHOW));
        unreachable.setOnAction(e -> vm.markUnreachable());
        undo.setOnAction(e -> vm.undo());
        reschedule.setOnAction(e -> onReschedule.accept(vm.selectedProperty().get()));
        cancelReason.setId("consultation-cancel-reason");
        cancelReason.setPromptText(Messages.get("consultation.cancelReason.prompt"));
        HBox.setHgrow(cancelReason, Priority.ALWAYS);
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> {
            vm.cancel(cancelReason.getText());
            cancelReason.clear();
        });
        cancelReason.setOnAction(e -> cancel.fire());
        FlowPane moves = new FlowPane(6, 6, confirm, arrived, completed, noShow, unreachable, reschedule, undo);
        Label cancelLabel = new Label(Messages.get("consultation.cancelReason"));
        cancelLabel.setLabelFor(cancelReason);
        Label error = new Label();
        error.setId("consultation-error");
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.errors().form());
        error.visibleProperty().bind(vm.errors().form().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label notice = new Label();
        notice.setId("consultation-notice");
        notice.getStyleClass().add(Styles.HINT);
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        slip.setOnAction(e -> onBookingSlip.accept(vm.selectedProperty().get()));
        VBox details = new VBox(10, title, status, facts, slip, moves, cancelLabel, new HBox(6, cancelReason, cancel));
        details.visibleProperty().bind(vm.selectedProperty().isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        hint.visibleProperty().bind(vm.selectedProperty().isNull());
        hint.managedProperty().bind(hint.visibleProperty());
        root.getChildren().addAll(hint, details, error, notice);
        vm.selectedProperty().addListener((obs, old, now) -> show(now));
    }

    private static Button action(String id, String key) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        return b;
    }

    private void show(Consultation c) {
        if (c == null) {
            return;
        }
        title.setText(c.personName());
        status.setText(StatusLabels.text(c.status()));
        status.getStyleClass().removeIf(s -> s.startsWith("status-") && !s.equals("status-chip"));
        status.getStyleClass().add(StatusLabels.styleClass(c.status()));
        StringBuilder text = new StringBuilder()
                .append(c.start().format(DateFormats.WEEKDAY_DAY)).append(", ")
                .append(c.start().toLocalTime().format(DateFormats.TIME)).append("–")
                .append(c.end().toLocalTime().format(DateFormats.TIME)).append('\n')
                .append(vm.clinicianName(c.clinicianId())).append(" · ").append(StatusLabels.mode(c.mode())).append('\n')
                .append(StatusLabels.phone(c.phone()));
        if (c.cancelReason() != null) {
            text.append('\n').append(Messages.format("consultation.detail.cancelReason", c.cancelReason()));
        }
        if (c.unreachableAt() != null && c.status().isExpected()) {
            text.append('\n').append(Messages.get("consultation.detail.unreachable"));
        }
        if (!c.notes().isBlank()) {
            text.append('\n').append(c.notes());
        }
        facts.setText(text.toString());
        ConsultationStatus s = c.status();
        confirm.setDisable(!s.canMoveTo(ConsultationStatus.CONFIRMED));
        arrived.setDisable(!s.canMoveTo(ConsultationStatus.ARRIVED));
        completed.setDisable(!s.canMoveTo(ConsultationStatus.COMPLETED));
        noShow.setDisable(!s.canMoveTo(ConsultationStatus.NO_SHOW));
        unreachable.setDisable(!s.isExpected());
        reschedule.setDisable(!s.canMoveTo(ConsultationStatus.RESCHEDULED));
        cancel.setDisable(!s.canMoveTo(ConsultationStatus.CANCELLED));
        cancelReason.setDisable(cancel.isDisabled());
        undo.setDisable(c.previousStatus() == null);
        slip.setDisable(!s.isExpected());
    }

    /** What "Booking slip…" does with the consultation shown (the diary opens the slip window). */
    void setOnBookingSlip(Consumer<Consultation> action) {
        onBookingSlip = action;
    }

    /** Enter in the diary: put the keyboard on the first move the consultation allows. */
    void focusFirstAction() {
        for (Button b : new Button[] {arrived, completed, confirm, noShow, undo}) {
            if (!b.isDisabled()) {
                b.requestFocus();
                return;
            }
        }
    }

    Node root() {
        return root;
    }
}

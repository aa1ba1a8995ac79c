package org.clinicdesk.ui.consultation;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.consultation.Clinician;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** A clinician's agenda across centres; Enter or a double click opens the consultation in the day view. */
final class AgendaView {
    private final VBox root;

    AgendaView(AgendaViewModel vm, Consumer<Consultation> onOpen) {
        ComboBox<Clinician> clinician = new ComboBox<>(vm.clinicians());
        clinician.setId("agenda-clinician");
        clinician.valueProperty().bindBidirectional(vm.clinicianProperty());
        Label intro = new Label(Messages.format("agenda.intro", AgendaViewModel.DAYS));
        intro.getStyleClass().add(Styles.HINT);
        ListView<Consultation> list = new ListView<>(vm.items());
        list.setId("agenda-list");
        list.setPlaceholder(new Label(Messages.get("agenda.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Consultation c, boolean empty) {
                super.updateItem(c, empty);
                getStyleClass().removeIf(s -> s.startsWith("status-"));
                if (empty || c == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label when = new Label(c.start().format(DateFormats.WEEKDAY_DAY) + "  "
                        + c.start().toLocalTime().format(DateFormats.TIME));
                when.setMinWidth(130);
                Label name = new Label(c.personName());
                name.setMinWidth(180);
                Label where = new Label(vm.centreName(c.centreId()) + " · " + StatusLabels.mode(c.mode()));
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Label status = new Label(StatusLabels.text(c.status()));
                status.getStyleClass().addAll("status-chip", StatusLabels.styleClass(c.status()));
                HBox row = new HBox(12, when, name, where, gap, status);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
                setText(null);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox top = new HBox(10, new Label(Messages.get("agenda.clinician")), clinician, intro);
        top.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, top, list);
        root.setPadding(new Insets(10, 0, 0, 0));
    }

    Node root() {
        return root;
    }
}

package org.clinicdesk.ui.settings.clinicians;

import static org.clinicdesk.ui.common.Labels.heading;
import static org.clinicdesk.ui.common.Labels.hint;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.clinicdesk.domain.consultation.Clinician;
import org.clinicdesk.domain.consultation.WeeklyHours;
import org.clinicdesk.ui.common.DateFields;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** Settings → Clinicians: the list on the left, the chosen clinician's hours, leave and slot length on the right. */
public final class CliniciansTab {
    private final CliniciansTabViewModel vm;
    private final SplitPane root;

    public CliniciansTab(CliniciansTabViewModel vm) {
        this.vm = vm;
        root = new SplitPane(list(), editor());
        root.setDividerPositions(0.3);
    }

    public SplitPane root() {
        return root;
    }

    private Node list() {
        ListView<Clinician> list = new ListView<>(vm.clinicians());
        list.setId("clinicians-list");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Clinician c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + (c.active() ? "" : "  (" + Messages.get("clinicians.inactive") + ")"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.edit(now);
            }
        });
        Button add = new Button(Messages.get("clinicians.add"));
        add.setId("clinicians-add");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            vm.edit(null);
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, list, add);
        box.setPadding(new Insets(16));
        return box;
    }

    private Node editor() {
        TextField name = new TextField();
        name.setId("clinician-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField slot = new TextField();
        slot.setId("clinician-slot");
        slot.setPrefColumnCount(4);
        slot.setMaxWidth(90);
        slot.textProperty().bindBidirectional(vm.slotMinutesProperty());
        CheckBox active = new CheckBox(Messages.get("clinicians.active"));
        active.setId("clinician-active");
        active.selectedProperty().bindBidirectional(vm.activeProperty());

        TableView<WeeklyHours> hours = new TableView<>(vm.hours());
        hours.setId("clinician-hours");
        hours.setPrefHeight(200);
        hours.getColumns().add(column("clinicians.col.centre", h -> vm.centreName(h.centreId())));
        hours.getColumns().add(column("clinicians.col.day", h -> dayName(h.day())));
        hours.getColumns().add(column("clinicians.col.from", h -> h.from().toString()));
        hours.getColumns().add(column("clinicians.col.to", h -> h.to().toString()));
        hours.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ComboBox<org.clinicdesk.domain.clinic.Centre> centre = new ComboBox<>(vm.centres());
        centre.setId("clinician-hours-centre");
        centre.valueProperty().bindBidirectional(vm.newCentreProperty());
        ComboBox<DayOfWeek> day = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(DayOfWeek.values()));
        day.setId("clinician-hours-day");
        day.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayOfWeek d) {
                return d == null ? "" : dayName(d);
            }

            @Override
            public DayOfWeek fromString(String s) {
                return null;
            }
        });
        day.valueProperty().bindBidirectional(vm.newDayProperty());
        TextField from = new TextField();
        from.setId("clinician-hours-from");
        from.setPrefColumnCount(5);
        from.textProperty().bindBidirectional(vm.newFromProperty());
        TextField to = new TextField();
        to.setId("clinician-hours-to");
        to.setPrefColumnCount(5);
        to.textProperty().bindBidirectional(vm.newToProperty());
        Button addHours = new Button(Messages.get("clinicians.addHours"));
        addHours.setId("clinician-hours-add");
        addHours.setOnAction(e -> vm.addHours());
        Button removeHours = new Button(Messages.get("clinicians.removeHours"));
        removeHours.setOnAction(e -> vm.removeHours(hours.getSelectionModel().getSelectedItem()));
        addHours.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        removeHours.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        hours.setPlaceholder(new Label(Messages.get("clinicians.noHours")));
        HBox addRow = new HBox(6, centre, day, from, new Label("–"), to, addHours, removeHours);
        addRow.setAlignment(Pos.CENTER_LEFT);

        DatePicker leaveDay = DateFields.picker();
        leaveDay.setId("clinician-leave-day");
        leaveDay.valueProperty().bindBidirectional(vm.newLeaveProperty());
        Button addLeave = new Button(Messages.get("clinicians.addLeave"));
        addLeave.setId("clinician-leave-add");
        addLeave.setOnAction(e -> vm.addLeave());
        ListView<LocalDate> leave = new ListView<>(vm.leave());
        leave.setId("clinician-leave");
        leave.setPrefHeight(110);
        leave.setPlaceholder(new Label(Messages.get("clinicians.noLeave")));
        Button removeLeave = new Button(Messages.get("clinicians.removeLeave"));
        removeLeave.setOnAction(e -> vm.removeLeave(leave.getSelectionModel().getSelectedItem()));

        Button save = new Button(Messages.get("clinicians.save"));
        save.setId("clinician-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        Button deactivate = new Button(Messages.get("clinicians.deactivate"));
        deactivate.setId("clinician-deactivate");
        deactivate.setOnAction(e -> vm.deactivate());
        Label saved = new Label();
        saved.getStyleClass().add(Styles.HINT);
        saved.textProperty().bind(vm.savedProperty());
        Label error = new Label();
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.errors().form());
        error.visibleProperty().bind(vm.errors().form().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox box = new VBox(8,
                heading("clinicians.details"), labelled("clinicians.name", name, "clinicianName"),
                new HBox(16, labelled("clinicians.slot", slot, "slotMinutes"), active),
                heading("clinicians.hours"), hint("clinicians.hours.hint"), hours, addRow, fieldError("hours"),
                heading("clinicians.leave"), new HBox(6, leaveDay, addLeave, removeLeave), leave,
                error, new HBox(8, save, deactivate, saved));
        box.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static String dayName(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private VBox labelled(String key, javafx.scene.control.Control field, String errorField) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        return new VBox(4, l, field, fieldError(errorField));
    }

    private Label fieldError(String field) {
        Label label = new Label();
        label.getStyleClass().add(Styles.FIELD_ERROR);
        label.setWrapText(true);
        label.textProperty().bind(vm.errors().field(field));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static TableColumn<WeeklyHours, String> column(String key, java.util.function.Function<WeeklyHours, String> value) {
        TableColumn<WeeklyHours, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        col.setSortable(false);
        return col;
    }
}

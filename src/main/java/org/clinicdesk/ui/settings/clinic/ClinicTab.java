package org.clinicdesk.ui.settings.clinic;

import org.clinicdesk.ui.common.FieldRows;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.common.PhoneNumber;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** Settings → Clinic: the clinic's name, this desk's centre, and the list of centres with an editor. */
public final class ClinicTab {
    private final ClinicTabViewModel vm;
    private final SplitPane root;

    public ClinicTab(ClinicTabViewModel vm) {
        this.vm = vm;
        VBox left = new VBox(12, clinicSection(), deskSection(), centresTable());
        left.setPadding(new Insets(16));
        root = new SplitPane(left, centreEditor());
        root.setDividerPositions(0.55);
    }

    private Node clinicSection() {
        Label heading = new Label(Messages.get("settings.clinic"));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        VBox name = FieldRows.text("firstStart.clinicName", "settings-clinic-name", vm.clinicNameProperty(),
                vm.clinicErrors().field("clinicName"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button save = new Button(Messages.get("settings.saveClinic"));
        save.setId("settings-save-clinic");
        save.setOnAction(e -> vm.saveClinic());
        Label saved = new Label();
        saved.getStyleClass().add(Styles.HINT);
        saved.textProperty().bind(vm.clinicSavedProperty());
        HBox row = new HBox(8, name, save, saved);
        row.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        return new VBox(6, heading, row, FieldRows.formError(vm.clinicErrors().form(), "settings-clinic-error"));
    }

    private Node deskSection() {
        Label heading = new Label(Messages.get("settings.deskCentre"));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        ComboBox<Centre> desk = new ComboBox<>(vm.centres());
        desk.setId("settings-desk-centre");
        desk.valueProperty().bindBidirectional(vm.deskCentreProperty());
        desk.valueProperty().addListener((obs, old, now) -> vm.chooseDeskCentre(now));
        Label hint = new Label(Messages.get("settings.deskCentre.hint"));
        hint.getStyleClass().add(Styles.HINT);
        return new VBox(6, heading, desk, hint);
    }

    private Node centresTable() {
        Label heading = new Label(Messages.get("settings.centres"));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        TableView<Centre> table = new TableView<>(vm.centres());
        table.setId("settings-centres");
        TableColumn<Centre, String> name = column("centre.name", c -> c.name());
        name.setPrefWidth(220);
        table.getColumns().add(name);
        table.getColumns().add(column("centre.city", c -> c.city()));
        table.getColumns().add(column("centre.phone", c -> c.phone().isEmpty() ? "" : new PhoneNumber(c.phone()).formatted()));
        table.getColumns().add(column("centre.status", c -> Messages.get(c.active() ? "centre.active" : "centre.inactive")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.editCentre(now);
            }
        });
        Button add = new Button(Messages.get("settings.addCentre"));
        add.setId("settings-add-centre");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.newCentre();
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, heading, table, add);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<Centre, String> column(String key, java.util.function.Function<Centre, String> value) {
        TableColumn<Centre, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return col;
    }

    private Node centreEditor() {
        CentreForm form = vm.centreForm();
        Label heading = new Label();
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get(form.name.get().isBlank() ? "settings.newCentre" : "settings.editCentre"), form.name));
        TextArea template = new TextArea();
        template.setId("centre-whatsapp-template");
        template.setPrefRowCount(3);
        template.setWrapText(true);
        template.textProperty().bindBidirectional(form.whatsappTemplate);
        Label templateLabel = new Label(Messages.get("centre.whatsappTemplate"));
        Label templateHint = new Label(Messages.get("centre.whatsappTemplate.hint"));
        templateHint.getStyleClass().add(Styles.HINT);
        templateHint.setWrapText(true);
        CheckBox active = new CheckBox(Messages.get("centre.active"));
        active.setId("centre-active");
        active.selectedProperty().bindBidirectional(form.active);
        Button save = new Button(Messages.get("settings.saveCentre"));
        save.setId("settings-save-centre");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.saveCentre());
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane(12, 4);
        grid.add(FieldRows.text("centre.name", "settings-centre-name", form.name, vm.centreErrors().field("centreName")), 0, 0);
        grid.add(FieldRows.text("centre.city", "settings-centre-city", form.city, vm.centreErrors().field("centreCity")), 1, 0);
        grid.add(FieldRows.text("centre.address", "settings-centre-address", form.address, null), 0, 1, 2, 1);
        grid.add(FieldRows.text("centre.phone", "settings-centre-phone", form.phone, vm.centreErrors().field("centrePhone")), 0, 2);
        grid.add(FieldRows.text("centre.whatsapp", "settings-centre-whatsapp", form.whatsapp,
                vm.centreErrors().field("centreWhatsapp")), 1, 2);
        grid.add(FieldRows.text("centre.mapLink", "settings-centre-map", form.mapLink, null), 0, 3);
        grid.add(FieldRows.text("centre.videoLink", "settings-centre-video-link", form.videoLink,
                vm.centreErrors().field("centreVideoLink")), 1, 3);
        Label videoHint = new Label(Messages.get("centre.videoLink.hint"));
        videoHint.getStyleClass().add(Styles.HINT);
        videoHint.setWrapText(true);
        grid.add(videoHint, 0, 4, 2, 1);
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        VBox fields = new VBox(8, heading, grid, templateLabel, template, templateHint, active);
        fields.setPadding(new Insets(16));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(fields);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // the Save button stays in view however tall the form is
        HBox actions = new HBox(8, save);
        actions.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        VBox bottom = new VBox(8, FieldRows.formError(vm.centreErrors().form(), "settings-centre-error"), actions);
        bottom.setPadding(new Insets(8, 16, 16, 16));
        return new VBox(scroll, bottom);
    }

    public SplitPane root() {
        return root;
    }
}

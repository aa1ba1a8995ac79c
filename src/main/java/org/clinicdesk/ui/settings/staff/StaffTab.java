package org.clinicdesk.ui.settings.staff;

import static org.clinicdesk.ui.common.Labels.column;
import static org.clinicdesk.ui.common.Labels.heading;
import static org.clinicdesk.ui.common.Labels.hint;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.ui.common.LanguageNames;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.clinicdesk.ui.common.FieldRows;

/** Settings → Staff: the list of accounts on the left; adding one and acting on the selected one on the right. */
public final class StaffTab {
    private final StaffTabViewModel vm;
    private final SplitPane root;

    public StaffTab(StaffTabViewModel vm) {
        this.vm = vm;
        root = new SplitPane(list(), forms());
        root.setDividerPositions(0.55);
    }

    private Node list() {
        TableView<StaffMember> table = new TableView<>(vm.members());
        table.setId("staff-table");
        table.getColumns().add(column("staff.fullName", StaffMember::fullName));
        table.getColumns().add(column("staff.username", StaffMember::username));
        table.getColumns().add(column("staff.role", m -> roleName(m.role())));
        table.getColumns().add(column("staff.status", m -> Messages.get(m.active() ? "staff.active" : "staff.inactive")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        Label message = new Label();
        message.setId("staff-message");
        message.getStyleClass().add(Styles.HINT);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, heading("staff.accounts"), table, message);
        box.setPadding(new Insets(16));
        return box;
    }

    private Node forms() {
        ComboBox<Role> role = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Role.values()));
        role.setId("staff-role");
        role.valueProperty().bindBidirectional(vm.roleProperty());
        role.setCellFactory(list -> new RoleCell());
        role.setButtonCell(new RoleCell());
        Button add = new Button(Messages.get("staff.add"));
        add.setId("staff-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> vm.add());
        VBox addForm = new VBox(6, heading("staff.addTitle"),
                FieldRows.text("staff.fullName", "staff-full-name", vm.fullNameProperty(), vm.addErrors().field("fullName")),
                FieldRows.text("staff.username", "staff-username", vm.usernameProperty(), vm.addErrors().field("username")),
                new Label(Messages.get("staff.role")), role, FieldRows.errorLine(vm.addErrors().field("role")),
                FieldRows.password("staff.password", "staff-password", vm.passwordProperty(),
                        vm.addErrors().field("password")),
                hint("staff.passwordHint"), FieldRows.formError(vm.addErrors().form(), "staff-add-error"), add);

        Label selectedName = new Label();
        selectedName.setId("staff-selected");
        selectedName.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? Messages.get("staff.noneSelected") : vm.selectedProperty().get().fullName(), vm.selectedProperty()));
        Button reset = new Button(Messages.get("staff.resetPassword"));
        reset.setId("staff-reset");
        reset.setOnAction(e -> vm.resetPassword());
        Button toggle = new Button();
        toggle.setId("staff-toggle-active");
        toggle.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(
                vm.selectedProperty().get() != null && !vm.selectedProperty().get().active()
                        ? "staff.reactivate" : "staff.deactivate"), vm.selectedProperty()));
        toggle.setOnAction(e -> vm.toggleActive());
        FlowPane languages = new FlowPane(12, 6);
        for (Language l : Language.sheetLanguages()) {
            CheckBox box = new CheckBox(LanguageNames.of(l));
            box.setId("staff-reads-" + l.code());
            box.selectedProperty().bindBidirectional(vm.readsProperty(l));
            languages.getChildren().add(box);
        }
        Button saveLanguages = new Button(Messages.get("staff.saveLanguages"));
        saveLanguages.setId("staff-save-languages");
        saveLanguages.setOnAction(e -> vm.saveLanguages());
        VBox selectedForm = new VBox(6, heading("staff.selectedTitle"), selectedName,
                FieldRows.password("staff.newPassword", "staff-new-password", vm.newPasswordProperty(),
                        vm.selectedErrors().field("password")),
                reset, toggle, new Label(Messages.get("staff.reads")), languages, hint("staff.readsHint"),
                saveLanguages, FieldRows.formError(vm.selectedErrors().form(), "staff-selected-error"));
        selectedForm.disableProperty().bind(vm.selectedProperty().isNull());
        VBox box = new VBox(24, addForm, selectedForm);
        box.setPadding(new Insets(16));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    static String roleName(Role role) {
        return Messages.get(switch (role) {
            case RECEPTION -> "role.RECEPTION";
            case CLINICIAN -> "role.CLINICIAN";
            case MANAGER -> "role.MANAGER";
        });
    }

    private static final class RoleCell extends ListCell<Role> {
        @Override
        protected void updateItem(Role item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : roleName(item));
        }
    }

    public SplitPane root() {
        return root;
    }
}

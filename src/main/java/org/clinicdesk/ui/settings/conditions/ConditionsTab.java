package org.clinicdesk.ui.settings.conditions;

import org.clinicdesk.ui.common.FieldRows;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** The conditions the clinic sees, with the other names people use for them. */
public final class ConditionsTab {
    private final SplitPane root;

    public ConditionsTab(ConditionsTabViewModel vm) {
        TableView<MedicalCondition> table = new TableView<>(vm.conditions());
        table.setId("settings-conditions");
        TableColumn<MedicalCondition, String> name = new TableColumn<>(Messages.get("condition.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<MedicalCondition, String> other = new TableColumn<>(Messages.get("condition.otherNames"));
        other.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().otherNames()));
        TableColumn<MedicalCondition, String> status = new TableColumn<>(Messages.get("centre.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Messages.get(c.getValue().active() ? "centre.active" : "centre.inactive")));
        table.getColumns().addAll(java.util.List.of(name, other, status));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.editCondition(now);
            }
        });
        Button add = new Button(Messages.get("settings.addCondition"));
        add.setId("settings-add-condition");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.editCondition(null);
        });
        VBox left = new VBox(8, table, add);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(16));

        Label heading = new Label(Messages.get("settings.condition"));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        CheckBox active = new CheckBox(Messages.get("centre.active"));
        active.selectedProperty().bindBidirectional(vm.conditionActiveProperty());
        Label hint = new Label(Messages.get("condition.otherNames.hint"));
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        Button save = new Button(Messages.get("settings.saveCondition"));
        save.setId("settings-save-condition");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.saveCondition());
        VBox editor = new VBox(8, heading,
                FieldRows.text("condition.name", "settings-condition-name", vm.conditionNameProperty(),
                        vm.conditionErrors().field("conditionName")),
                FieldRows.text("condition.otherNames", "settings-condition-other", vm.conditionOtherNamesProperty(), null),
                hint, active, FieldRows.formError(vm.conditionErrors().form(), "settings-condition-error"), save);
        editor.setPadding(new Insets(16));
        root = new SplitPane(left, editor);
        root.setDividerPositions(0.6);
    }

    public SplitPane root() {
        return root;
    }
}

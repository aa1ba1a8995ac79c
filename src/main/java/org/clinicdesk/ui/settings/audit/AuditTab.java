package org.clinicdesk.ui.settings.audit;

import static org.clinicdesk.ui.common.Labels.column;

import java.time.format.DateTimeFormatter;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditEntry;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.ui.common.DateFields;
import org.clinicdesk.ui.common.LongWorkBar;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.clinicdesk.ui.common.FieldRows;

/** Settings → Audit: filters in one row, the entries newest first, and CSV export. */
public final class AuditTab {
    private final VBox root;

    public AuditTab(AuditTabViewModel vm) {
        DateTimeFormatter time = DateFormats.ISO_SECONDS.withZone(vm.zone());
        ComboBox<Object> person = anyOf("audit-person", vm.people());
        person.valueProperty().addListener((obs, old, now) -> vm.personProperty().set(
                now instanceof org.clinicdesk.domain.staff.StaffMember m ? m : null));
        ComboBox<Object> entity = anyOf("audit-entity", vm.entities());
        entity.valueProperty().addListener((obs, old, now) -> vm.entityProperty().set(now instanceof String s ? s : null));
        ComboBox<Object> action = anyOf("audit-action", FXCollections.observableArrayList(AuditAction.values()));
        action.valueProperty().addListener((obs, old, now) -> vm.actionProperty().set(
                now instanceof AuditAction a ? a : null));
        DatePicker from = DateFields.picker();
        from.setId("audit-from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = DateFields.picker();
        to.setId("audit-to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button search = new Button(Messages.get("audit.search"));
        search.setId("audit-search");
        search.getStyleClass().add("accent");
        search.setDefaultButton(true);
        search.setOnAction(e -> vm.search());
        Button export = new Button(Messages.get("audit.export"));
        export.setId("audit-export");
        export.setOnAction(e -> vm.exportCsv());
        FlowPane filters = new FlowPane(8, 8, labelled("audit.person", person), labelled("audit.entity", entity),
                labelled("audit.action", action), labelled("audit.from", from), labelled("audit.to", to), search, export);
        filters.setAlignment(Pos.BOTTOM_LEFT);
        export.disableProperty().bind(vm.export().busy());
        javafx.scene.layout.HBox exporting = LongWorkBar.create(vm.export(), "audit-export-progress");

        TableView<AuditEntry> table = new TableView<>(vm.entries());
        table.setId("audit-table");
        table.getColumns().add(column("audit.time", e -> time.format(e.at())));
        table.getColumns().add(column("audit.person", e -> e.staffName() != null ? e.staffName()
                : e.byCommandLine() ? Messages.get("audit.commandLine") : "—"));
        table.getColumns().add(column("audit.action", AuditEntry::action));
        table.getColumns().add(column("audit.entity", AuditEntry::entity));
        table.getColumns().add(column("audit.entityId", e -> e.entityId() == null ? "" : e.entityId().toString()));
        table.getColumns().add(column("audit.summary", AuditEntry::summary));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("audit-summary");
        summary.getStyleClass().add(Styles.HINT);
        summary.textProperty().bind(vm.summaryProperty());
        root = new VBox(8, filters, exporting, FieldRows.formError(vm.errors().form(), "audit-error"), table, summary);
        root.setPadding(new Insets(16));
    }

    /** A choice whose first item means "any" (a ComboBox cannot show a null item). */
    private static ComboBox<Object> anyOf(String id, javafx.collections.ObservableList<?> items) {
        String any = Messages.get("audit.any");
        ComboBox<Object> box = new ComboBox<>();
        box.setId(id);
        Runnable fill = () -> {
            Object chosen = box.getValue();
            box.getItems().setAll(any);
            box.getItems().addAll(items);
            box.setValue(chosen == null || !box.getItems().contains(chosen) ? any : chosen);
        };
        items.addListener((javafx.collections.ListChangeListener<Object>) c -> fill.run());
        fill.run();
        return box;
    }

    private static Node labelled(String key, Node control) {
        return new VBox(4, new Label(Messages.get(key)), control);
    }

    public VBox root() {
        return root;
    }
}

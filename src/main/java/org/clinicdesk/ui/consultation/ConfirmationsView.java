package org.clinicdesk.ui.consultation;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** Tomorrow's confirmations: C confirmed, U unreachable, R rings, W opens WhatsApp with the message, M copies it. */
final class ConfirmationsView {
    private final SplitPane root;
    private final TableView<Consultation> table;

    ConfirmationsView(ConfirmationsViewModel vm) {
        table = new TableView<>(vm.items());
        table.setId("confirm-table");
        table.setPlaceholder(new Label(Messages.get("confirm.none")));
        table.getColumns().add(column("confirm.col.time", c -> c.start().toLocalTime().format(DateFormats.TIME), 70));
        table.getColumns().add(column("confirm.col.name", Consultation::personName, 200));
        table.getColumns().add(column("confirm.col.phone", c -> StatusLabels.phone(c.phone()), 160));
        table.getColumns().add(column("confirm.col.clinician", c -> vm.clinicianName(c.clinicianId()), 150));
        table.getColumns().add(column("confirm.col.centre", c -> vm.centreName(c.centreId()), 150));
        table.getColumns().add(column("confirm.col.status", c -> StatusLabels.text(c.status())
                + (c.unreachableAt() != null && c.status().isExpected() ? " · " + Messages.get("confirm.unreachable") : ""), 190));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case C -> vm.confirm();
                case U -> vm.unreachable();
                case M -> copy(vm.messageProperty().get());
                case W -> vm.openWhatsApp();
                case R -> vm.ring();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        Label title = new Label();
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.dayProperty().get() == null ? ""
                : Messages.format("confirm.title", vm.dayProperty().get().format(DateFormats.LONG_DAY)), vm.dayProperty()));
        Label keys = new Label(Messages.get("confirm.keys"));
        keys.getStyleClass().add(Styles.HINT);
        keys.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.errors().form());
        error.visibleProperty().bind(vm.errors().form().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, title, keys, table, error);

        // a wrapped label, not a text area: read-only, and it wraps to the pane's width reliably
        Label messageText = new Label();
        messageText.setId("confirm-message");
        messageText.setWrapText(true);
        messageText.setMinWidth(0);
        messageText.textProperty().bind(vm.messageProperty());
        VBox messageBox = new VBox(messageText);
        messageBox.getStyleClass().add("confirm-message");
        ScrollPane message = new ScrollPane(messageBox);
        message.setFitToWidth(true);
        message.setMinWidth(0);
        messageText.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(100, message.getViewportBounds().getWidth() - 64), message.viewportBoundsProperty()));
        VBox.setVgrow(message, Priority.ALWAYS);
        Button confirm = new Button(Messages.get("confirm.confirm"));
        confirm.setId("confirm-confirmed");
        confirm.setOnAction(e -> vm.confirm());
        Button unreachable = new Button(Messages.get("confirm.markUnreachable"));
        unreachable.setId("confirm-unreachable");
        unreachable.setOnAction(e -> vm.unreachable());
        Button copyMessage = new Button(Messages.get("confirm.copyMessage"));
        copyMessage.setOnAction(e -> copy(vm.messageProperty().get()));
        Button copyLink = new Button(Messages.get("confirm.openWhatsApp"));
        copyLink.setId("confirm-whatsapp");
        copyLink.setOnAction(e -> vm.openWhatsApp());
        Button ring = new Button(Messages.get("confirm.ring"));
        ring.setId("confirm-ring");
        ring.setOnAction(e -> vm.ring());
        Label messageTitle = new Label(Messages.get("confirm.messageTitle"));
        messageTitle.getStyleClass().add(Styles.SECTION_TITLE);
        HBox actions = new HBox(6, confirm, unreachable);
        HBox copies = new HBox(6, ring, copyLink, copyMessage);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(8, messageTitle, message, copies, actions);
        right.setPadding(new Insets(0, 0, 0, 10));
        right.setMinWidth(0);
        root = new SplitPane(left, right);
        root.setId("diary-confirmations");
        root.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(right, false);
        root.setPadding(new Insets(10, 0, 0, 0));
    }

    private static void copy(String text) {
        if (text != null && !text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static TableColumn<Consultation, String> column(String key, java.util.function.Function<Consultation, String> value,
                                                           double width) {
        TableColumn<Consultation, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        col.setPrefWidth(width);
        col.setSortable(false);
        return col;
    }

    void focus() {
        table.requestFocus();
    }

    Node root() {
        return root;
    }

}

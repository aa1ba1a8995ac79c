package org.clinicdesk.ui.privacy;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.privacy.ConsentMethod;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.clinicdesk.ui.signin.FieldRows;

/** A drop-in block for the enquiry detail: the consent recorded, how it was given, and its withdrawal. */
public final class ConsentControl {
    private final VBox root;

    /** @param showNotice opens the clinic's consent notice (to read it to the visitor before recording) */
    public ConsentControl(ConsentViewModel vm, Runnable showNotice) {
        Label title = new Label(Messages.get("consent.sectionTitle"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label state = new Label();
        state.setId("consent-state");
        state.setWrapText(true);
        state.textProperty().bind(vm.stateProperty());
        ComboBox<ConsentMethod> method = new ComboBox<>(FXCollections.observableArrayList(ConsentMethod.values()));
        method.setId("consent-method");
        method.valueProperty().bindBidirectional(vm.methodProperty());
        method.setCellFactory(list -> new MethodCell());
        method.setButtonCell(new MethodCell());
        Button record = new Button(Messages.get("consent.record"));
        record.setId("consent-record");
        record.setOnAction(e -> vm.record());
        Button withdraw = new Button(Messages.get("consent.withdraw"));
        withdraw.setId("consent-withdraw");
        withdraw.disableProperty().bind(vm.inForceProperty().not());
        withdraw.setOnAction(e -> vm.withdraw());
        Button notice = new Button(Messages.get("status.consentNotice"));
        notice.setId("consent-show-notice");
        notice.getStyleClass().add("flat");
        notice.setOnAction(e -> showNotice.run());
        HBox actions = new HBox(8, method, record, withdraw, notice);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.disableProperty().bind(vm.erasedProperty());
        root = new VBox(6, title, state, actions, FieldRows.formError(vm.errors().form(), "consent-error"));
    }

    private static final class MethodCell extends ListCell<ConsentMethod> {
        @Override
        protected void updateItem(ConsentMethod item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : ConsentViewModel.methodName(item));
        }
    }

    public Parent root() {
        return root;
    }
}

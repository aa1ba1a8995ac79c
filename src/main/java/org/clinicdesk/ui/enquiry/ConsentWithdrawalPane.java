package org.clinicdesk.ui.enquiry;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.enquiry.WithdrawalMethod;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** The enquiry form's "Withdraw consent" button and its question: how they withdrew, then Record or Cancel. */
final class ConsentWithdrawalPane {
    private ConsentWithdrawalPane() {
    }

    static Node create(ConsentWithdrawalViewModel vm) {
        Button withdraw = new Button(Messages.get("enquiry.withdraw.button"));
        withdraw.setId("enquiry-withdraw-consent");
        withdraw.setMinWidth(Region.USE_PREF_SIZE);
        withdraw.setOnAction(e -> vm.start());
        withdraw.visibleProperty().bind(vm.available().and(vm.askingProperty().not()));
        withdraw.managedProperty().bind(withdraw.visibleProperty());

        ComboBox<WithdrawalMethod> how = new ComboBox<>();
        how.setId("withdraw-method");
        how.getItems().setAll(WithdrawalMethod.values());
        how.setConverter(EnumLabels.converter("enquiry.withdrawal.", "enquiry.withdraw.how", WithdrawalMethod.class));
        how.valueProperty().bindBidirectional(vm.methodProperty());
        how.setMinWidth(Region.USE_PREF_SIZE);
        Button record = new Button(Messages.get("enquiry.withdraw.record"));
        record.setId("withdraw-record");
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.disableProperty().bind(vm.methodProperty().isNull());
        record.setOnAction(e -> vm.record());
        Button cancel = new Button(Messages.get("enquiry.withdraw.cancel"));
        cancel.setId("withdraw-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> vm.cancel());
        Label question = new Label(Messages.get("enquiry.withdraw.question"));
        question.setLabelFor(how);
        question.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane asking = new FlowPane(8, 6, question, how, record, cancel);
        asking.setAlignment(Pos.CENTER_LEFT);
        asking.visibleProperty().bind(vm.askingProperty());
        asking.managedProperty().bind(asking.visibleProperty());

        Label error = message("withdraw-error", Styles.FORM_ERROR);
        error.textProperty().bind(vm.errors().form());
        Label done = message("withdraw-done", Styles.HINT);
        done.textProperty().bind(vm.doneProperty());
        VBox box = new VBox(6, withdraw, asking, error, org.clinicdesk.ui.privacy.ErasureChoicePane.create(vm.erasure()), done);
        box.setId("enquiry-withdrawal");
        return box;
    }

    private static Label message(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}

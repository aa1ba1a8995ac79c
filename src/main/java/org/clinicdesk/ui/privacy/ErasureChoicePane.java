package org.clinicdesk.ui.privacy;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clinicdesk.domain.privacy.ErasureChoice;
import org.clinicdesk.ui.common.Labels;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** The person's unlinked enquiries before an erasure, one tick box each, then Erase or Cancel. */
public final class ErasureChoicePane {
    private ErasureChoicePane() {
    }

    public static Node create(ErasureChoiceViewModel vm) {
        Label hint = new Label();
        hint.setId("erasure-choice-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.HINT);
        hint.textProperty().bind(Bindings.createStringBinding(() -> {
            ErasureChoice c = vm.choiceProperty().get();
            return c == null ? "" : Messages.format("privacy.choice.hint", String.valueOf(c.enquiryId()), c.linkedBesides());
        }, vm.choiceProperty()));
        VBox lines = new VBox(4);
        lines.setId("erasure-choice-list");
        vm.offered().addListener((ListChangeListener<ErasureChoiceViewModel.Offered>) c -> {
            lines.getChildren().clear();
            for (ErasureChoiceViewModel.Offered o : vm.offered()) {
                CheckBox box = new CheckBox(o.line());
                box.setId("erasure-choice-" + o.enquiryId());
                box.setWrapText(true);
                box.selectedProperty().bindBidirectional(o.chosenProperty());
                lines.getChildren().add(box);
            }
        });
        Button erase = new Button();
        erase.setId("erasure-choice-erase");
        erase.getStyleClass().add("danger");
        erase.setMinWidth(Region.USE_PREF_SIZE);
        erase.textProperty().bind(Bindings.createStringBinding(() -> {
            ErasureChoice c = vm.choiceProperty().get();
            return c == null ? "" : Messages.format("privacy.choice.erase", String.valueOf(c.enquiryId()));
        }, vm.choiceProperty()));
        erase.disableProperty().bind(vm.workingProperty());
        erase.setOnAction(e -> vm.erase());
        Button cancel = new Button(Messages.get("privacy.choice.cancel"));
        cancel.setId("erasure-choice-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.disableProperty().bind(vm.workingProperty());
        cancel.setOnAction(e -> vm.cancel());
        Label error = new Label();
        error.setId("erasure-choice-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.textProperty().bind(vm.errors().form());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(6, Labels.heading("privacy.choice.title"), hint, lines, new HBox(8, erase, cancel));
        box.setId("erasure-choice");
        box.visibleProperty().bind(vm.choosing());
        box.managedProperty().bind(box.visibleProperty());
        return new VBox(6, box, error);
    }
}

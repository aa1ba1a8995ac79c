package org.clinicdesk.ui.settings;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** A labelled text field with its error line beneath, bound to a view-model property. */
final class FormLayout {
    private FormLayout() {
    }

    static VBox field(String labelKey, String id, StringProperty value, StringBinding error) {
        Label label = new Label(Messages.get(labelKey));
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        label.setLabelFor(field);
        VBox box = new VBox(4, label, field);
        if (error != null) {
            box.getChildren().add(errorLabel(error));
        }
        return box;
    }

    static Label errorLabel(StringBinding error) {
        Label label = new Label();
        label.getStyleClass().add(Styles.FIELD_ERROR);
        label.setWrapText(true);
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    static Label formError(StringProperty error, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.FORM_ERROR);
        label.setWrapText(true);
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}

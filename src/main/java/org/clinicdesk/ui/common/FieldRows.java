package org.clinicdesk.ui.common;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** A label, a text or password field bound to a view-model property, and the field's error line. */
public final class FieldRows {
    private FieldRows() {
    }

    public static VBox text(String labelKey, String id, StringProperty value, StringBinding error) {
        return row(labelKey, new TextField(), id, value, error);
    }

    public static VBox password(String labelKey, String id, StringProperty value, StringBinding error) {
        return row(labelKey, new PasswordField(), id, value, error);
    }

    private static VBox row(String labelKey, TextField field, String id, StringProperty value, StringBinding error) {
        Label label = new Label(Messages.get(labelKey));
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        label.setLabelFor(field);
        VBox box = new VBox(4, label, field);
        if (error != null) {
            box.getChildren().add(errorLine(error));
        }
        return box;
    }

    public static Label errorLine(StringBinding error) {
        Label label = new Label();
        label.getStyleClass().add(Styles.FIELD_ERROR);
        label.setWrapText(true);
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    public static Label formError(StringProperty error, String id) {
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

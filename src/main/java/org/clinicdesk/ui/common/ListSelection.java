package org.clinicdesk.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ListView;

/** Keeps a list's selection and a view model's property in step, both ways; clearing the list keeps the property. */
public final class ListSelection {
    private ListSelection() {
    }

    public static <T> void follow(ListView<T> list, ObjectProperty<T> chosen) {
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) {
                chosen.set(now);
            }
        });
        chosen.addListener((o, a, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
    }
}

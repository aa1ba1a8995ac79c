package org.clinicdesk.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;

/** The section headings, hints and plain text columns that forms and tables share, each from a messages key. */
public final class Labels {
    private Labels() {
    }

    public static Label heading(String key) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        return heading;
    }

    public static Label hint(String key) {
        Label hint = new Label(Messages.get(key));
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        return hint;
    }

    public static <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return col;
    }
}

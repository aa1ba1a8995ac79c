package org.clinicdesk.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A progress bar, what is happening, and Cancel, for long work (a large export); shown only while it runs. */
public final class LongWorkBar {
    private LongWorkBar() {
    }

    /** @param id the bar's id; its Cancel button is {@code id + "-cancel"} */
    public static HBox create(LongWork work, String id) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(work.progress());
        Label step = new Label();
        step.getStyleClass().add(Styles.HINT);
        step.textProperty().bind(work.step());
        Button cancel = new Button(Messages.get("longWork.cancel"));
        cancel.setId(id + "-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> work.cancel());
        HBox box = new HBox(8, bar, step, cancel);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(work.busy());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}

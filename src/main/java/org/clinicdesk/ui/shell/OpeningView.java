package org.clinicdesk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.clinicdesk.ui.common.Messages;

/** What the window shows in the moment between appearing and the data being open (migrations, checks, first load). */
public final class OpeningView {
    private OpeningView() {
    }

    public static Scene scene() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label text = new Label(Messages.get("start.opening"));
        VBox box = new VBox(16, spinner, text);
        box.setAlignment(Pos.CENTER);
        box.setId("opening");
        Scene scene = new Scene(box, 1280, 800);
        scene.getStylesheets().add(OpeningView.class.getResource(DeskShell.STYLESHEET).toExternalForm());
        return scene;
    }
}

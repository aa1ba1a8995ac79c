package org.clinicdesk.ui.sheet;

import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.ui.common.Messages;

/** The sheet editor in its own window, so the library stays visible behind it. */
public final class SheetEditorWindow {
    private final Supplier<Window> owner;
    private final SheetEditorViewModel model;
    private final String stylesheet;
    private final java.util.List<org.clinicdesk.domain.clinic.MedicalCondition> conditions;
    private Stage stage;

    /** @param conditions the clinic's conditions as the library last loaded them */
    public SheetEditorWindow(Supplier<Window> owner, SheetEditorViewModel model, String stylesheet,
                             java.util.List<org.clinicdesk.domain.clinic.MedicalCondition> conditions) {
        this.owner = owner;
        this.model = model;
        this.stylesheet = stylesheet;
        this.conditions = conditions;
    }

    public void startNew() {
        model.allConditions().setAll(conditions);
        model.startNew();
        show();
    }

    public void open(SheetVersion v) {
        model.allConditions().setAll(conditions);
        model.open(v);
        show();
    }

    private void show() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner.get());
            stage.initModality(Modality.NONE);
            Scene scene = new Scene(new SheetEditorView(model).root(), 1240, 820);
            scene.getStylesheets().add(stylesheet);
            stage.setScene(scene);
        }
        stage.titleProperty().bind(model.title().map(t -> Messages.format("editor.windowTitle", t)));
        stage.show();
        stage.toFront();
    }
}

package org.clinicdesk.ui.sheet;

import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.EscapeToClose;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.WindowFit;

/** The sheet editor in its own window, so the library stays visible behind it. */
public final class SheetEditorWindow {
    private final Supplier<Window> owner;
    private final SheetEditorViewModel model;
    private final String stylesheet;
    private final java.util.List<org.clinicdesk.domain.clinic.MedicalCondition> conditions;
    private final DialogService dialogs;
    private Stage stage;

    /**
     * @param conditions the clinic's conditions as the library last loaded them
     * @param dialogs asks before Esc or the close button throws away unsaved changes
     */
    public SheetEditorWindow(Supplier<Window> owner, SheetEditorViewModel model, String stylesheet,
                             java.util.List<org.clinicdesk.domain.clinic.MedicalCondition> conditions,
                             DialogService dialogs) {
        this.dialogs = dialogs;
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
            Scene scene = new Scene(new SheetEditorView(model).root());
            scene.getStylesheets().add(stylesheet);
            stage.setScene(scene);
            WindowFit.place(stage, 1240, 820);
            EscapeToClose.install(stage, model::hasUnsavedChanges, dialogs);
        }
        stage.titleProperty().bind(model.title().map(t -> Messages.format("editor.windowTitle", t)));
        stage.show();
        stage.toFront();
    }
}

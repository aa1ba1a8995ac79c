package org.clinicdesk.ui.common;

import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * A secondary window (an editor, Give sheets, the consent notice) closes with Esc, like its close button; when it
 * holds unsaved changes it asks first, and "no" keeps the window and everything typed.
 */
public final class EscapeToClose {
    private EscapeToClose() {
    }

    /** @param unsaved true while closing would lose something typed */
    public static void install(Stage stage, BooleanSupplier unsaved, DialogService dialogs) {
        Scene scene = stage.getScene();
        // a filter, not an accelerator: lists and tables take Escape for themselves once they have focus
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                if (mayClose(unsaved, dialogs)) {
                    stage.close();
                }
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!mayClose(unsaved, dialogs)) {
                e.consume();
            }
        });
    }

    private static boolean mayClose(BooleanSupplier unsaved, DialogService dialogs) {
        return !unsaved.getAsBoolean()
                || dialogs.confirm(Messages.get("unsaved.close.title"), Messages.get("unsaved.close.message"));
    }
}

package org.clinicdesk.ui.common;

import javafx.application.Platform;

/** The one way code outside {@code ui} hands work to the FX thread (ArchUnit keeps Platform.runLater in ui). */
public final class FxThread {
    private FxThread() {
    }

    /** Runs {@code work} on the FX thread after the events already waiting there. */
    public static void later(Runnable work) {
        Platform.runLater(work);
    }
}

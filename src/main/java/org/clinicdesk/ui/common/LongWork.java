package org.clinicdesk.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.domain.common.CancelledException;
import org.clinicdesk.domain.common.Progress;

/**
 * Long work with a progress bar and Cancel (a backup, a restore, an import): whether it runs, how far it is, its
 * current step, and the Cancel the domain service checks through {@link Progress#cancelled()}.
 */
public final class LongWork {
    private final Executor uiThread;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty step = new SimpleStringProperty("");
    private final AtomicBoolean cancel = new AtomicBoolean();

    /** @param uiThread where progress updates run (Platform::runLater in the app, Runnable::run in tests) */
    public LongWork(Executor uiThread) {
        this.uiThread = uiThread;
    }

    /** Marks new work as running from the start; give what it returns to the domain service. */
    public Progress start() {
        cancel.set(false);
        busy.set(true);
        progress.set(0);
        step.set("");
        return new Progress() {
            @Override
            public void update(long done, long total, String text) {
                uiThread.execute(() -> {
                    progress.set(total > 0 ? (double) done / total : -1);
                    step.set(text);
                });
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
    }

    /** The work ended, well or not. */
    public void finished() {
        busy.set(false);
    }

    /** Asks the running work to stop; it stops at its next check and changes nothing. */
    public void cancel() {
        cancel.set(true);
    }

    /** True if this failure is the work stopping because the person pressed Cancel. */
    public static boolean wasCancelled(Throwable failure) {
        return failure instanceof CancelledException;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public DoubleProperty progress() {
        return progress;
    }

    public StringProperty step() {
        return step;
    }
}

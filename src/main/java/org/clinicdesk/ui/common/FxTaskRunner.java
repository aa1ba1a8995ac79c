package org.clinicdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background threads for work; results and failures are handed back on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService executor;
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "clinicdesk-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            // the window is closing: a late refresh from a screen has nothing left to show its result on
            LOG.debug("Work submitted after the task runner closed was dropped");
            return;
        }
        changeRunning(1);
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    changeRunning(-1);
                    onSuccess.accept(result);
                });
            } catch (Throwable e) {
                if (e instanceof ClinicDeskException refused) {
                    // a refusal the person is shown; its English text may quote a cell (a phone, a name), so the
                    // log gets the message key only
                    LOG.warn("Background work refused: {}", refused.userMessage().map(UserMessage::key)
                            .orElse(refused.getClass().getSimpleName()));
                } else {
                    LOG.warn("Background work failed: {}", e.getClass().getName(), e);
                }
                Platform.runLater(() -> {
                    changeRunning(-1);
                    onFailure.accept(e);
                });
            }
        });
    }

    private void changeRunning(int delta) {
        int now = running.addAndGet(delta);
        if (Platform.isFxApplicationThread()) {
            busy.set(now > 0);
        } else {
            Platform.runLater(() -> busy.set(running.get() > 0));
        }
    }

    /** True while any work is under way (for a busy indicator). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}

package org.clinicdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work away from the FX thread; the callbacks run on the FX thread. View models take one in
 * their constructor; tests pass {@link DirectTaskRunner}.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    default void run(Runnable work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }
}

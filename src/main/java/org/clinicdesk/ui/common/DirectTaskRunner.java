package org.clinicdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its callback at once on the calling thread: for tests of view models. */
public final class DirectTaskRunner implements TaskRunner {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}

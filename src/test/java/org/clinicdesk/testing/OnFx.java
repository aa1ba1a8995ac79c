package org.clinicdesk.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads the scene on the FX thread. A TestFX lookup made from the test thread walks the scene graph while the FX
 * thread may be changing it (a report or a diary being rebuilt), and then fails at random with an
 * IndexOutOfBoundsException from {@code Parent.lookupAll}, more often on a loaded machine. Wrap a {@code waitFor}
 * condition that looks nodes up: {@code waitFor(20, SECONDS, OnFx.check(() -> ...))}.
 */
public final class OnFx {
    private OnFx() {
    }

    /** The condition, evaluated on the FX thread each time it is polled. */
    public static Callable<Boolean> check(Callable<Boolean> condition) {
        return () -> read(condition);
    }

    /** The value, read on the FX thread; its exception is rethrown as it is. */
    public static <T> T read(Callable<T> reading) throws Exception {
        try {
            return WaitForAsyncUtils.asyncFx(reading).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}

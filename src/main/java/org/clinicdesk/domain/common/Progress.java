package org.clinicdesk.domain.common;

/** How far long work has got, and whether the person asked to stop. Called from the worker thread. */
public interface Progress {
    /** Nobody is watching and nobody can cancel (command-line jobs, tests). */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String step) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code total} is -1 when unknown; {@code step} says what is happening, in plain words. */
    void update(long done, long total, String step);

    boolean cancelled();

    /** Throws {@link CancelledException} if the person asked to stop. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException();
        }
    }
}

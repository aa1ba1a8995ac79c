package org.clinicdesk.domain.common;

import java.util.function.Supplier;

/** Runs several repository calls as one transaction: all of them are saved, or none. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

package org.clinicdesk.ui.common;

import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list filled page by page in the background: {@link #reload} starts again from the first page, {@link #loadMore}
 * appends the next one (a table calls it as the user scrolls near the end). Answers to an older reload are dropped, so
 * a fast typist only ever sees the results of what is in the box now.
 */
public final class PagedRows<T> {
    private final TaskRunner tasks;
    private final int pageSize;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private BiFunction<Integer, Integer, List<T>> fetch;
    private long generation;
    private boolean loadingMore;

    public PagedRows(TaskRunner tasks, int pageSize) {
        this.tasks = tasks;
        this.pageSize = pageSize;
    }

    /** Replaces the rows with the first page from {@code pageFetch(offset, limit)}. */
    public void reload(BiFunction<Integer, Integer, List<T>> pageFetch) {
        fetch = pageFetch;
        long mine = ++generation;
        loadingMore = false;
        loading.set(true);
        tasks.run(() -> pageFetch.apply(0, pageSize), page -> {
            if (mine != generation) {
                return;
            }
            items.setAll(page);
            done(page);
        }, error -> failed(mine, error));
    }

    /** Appends the next page if there is one and none is on its way. */
    public void loadMore() {
        if (fetch == null || !hasMore.get() || loadingMore) {
            return;
        }
        long mine = generation;
        int offset = items.size();
        BiFunction<Integer, Integer, List<T>> pageFetch = fetch;
        loadingMore = true;
        loading.set(true);
        tasks.run(() -> pageFetch.apply(offset, pageSize), page -> {
            if (mine != generation) {
                return;
            }
            loadingMore = false;
            items.addAll(page);
            done(page);
        }, error -> failed(mine, error));
    }

    private void done(List<T> page) {
        hasMore.set(page.size() == pageSize);
        loading.set(false);
        failure.set("");
    }

    private void failed(long mine, Throwable error) {
        if (mine == generation) {
            loadingMore = false;
            loading.set(false);
            failure.set(String.valueOf(Messages.describe(error)));
        }
    }

    public ObservableList<T> items() {
        return items;
    }

    public int pageSize() {
        return pageSize;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}

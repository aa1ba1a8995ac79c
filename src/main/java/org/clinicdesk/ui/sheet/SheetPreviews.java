package org.clinicdesk.ui.sheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.clinicdesk.domain.sheet.SheetOutput;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * A sheet's pages as they print, for the screen: the very PDF that prints, rasterised off the FX thread, the last few
 * kept; an answer that arrives after another sheet was asked for is dropped.
 */
final class SheetPreviews {
    static final float SCREEN_DPI = 96f;
    private static final int KEPT = 8;

    private record Key(SheetVersion version, SheetPageSize size, boolean watermark) {
    }

    private final SheetOutput output;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onError;
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final Map<Key, List<Image>> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<Image>> eldest) {
            return size() > KEPT;
        }
    };
    private int request;

    SheetPreviews(SheetOutput output, TaskRunner tasks, Consumer<Throwable> onError) {
        this.output = output;
        this.tasks = tasks;
        this.onError = onError;
    }

    /** Shows this version's pages (with the DRAFT watermark when asked); null shows none. */
    void show(SheetVersion version, SheetPageSize size, boolean watermark) {
        int asked = ++request;
        // never show one sheet's pages under another's name while the new ones render
        pages.clear();
        if (version == null) {
            return;
        }
        Key key = new Key(version, size, watermark);
        List<Image> cached = kept.get(key);
        if (cached != null) {
            pages.setAll(cached);
            return;
        }
        tasks.run(() -> output.pages(output.preview(version, size, watermark), SCREEN_DPI).stream()
                .map(i -> (Image) SwingFXUtils.toFXImage(i, null)).toList(), images -> {
            kept.put(key, images);
            if (asked == request) {
                pages.setAll(images);
            }
        }, onError);
    }

    ObservableList<Image> pages() {
        return pages;
    }
}

package org.clinicdesk.ui.sheet;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/**
 * The pages of a sheet as they print (images of the PDF), one under another, scaled to the pane's width. While
 * {@code expected} holds and no page has arrived yet, it says that the pages are being prepared.
 */
final class PagePreview {
    static final String STYLE = "sheet-preview";
    static final String PAGE_STYLE = "sheet-page";
    private final VBox pages = new VBox(16);
    private final ScrollPane scroll = new ScrollPane(pages);
    private final Label preparing = new Label(Messages.get("preview.preparing"));
    private final ObservableBooleanValue expected;

    PagePreview(ObservableList<Image> images, String id, ObservableBooleanValue expected) {
        this.expected = expected;
        preparing.getStyleClass().add(Styles.HINT);
        preparing.setPadding(new Insets(24));
        expected.addListener((o, a, b) -> show(images));
        scroll.setId(id);
        scroll.getStyleClass().add(STYLE);
        scroll.setFitToWidth(true);
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(16));
        images.addListener((ListChangeListener<Image>) change -> show(images));
        show(images);
    }

    private void show(ObservableList<Image> images) {
        double scroll = this.scroll.getVvalue();
        if (images.isEmpty() && expected.get()) {
            pages.getChildren().setAll(preparing);
        } else {
            pages.getChildren().setAll(images.stream().map(this::page).toList());
        }
        this.scroll.setVvalue(scroll);
    }

    private ImageView page(Image image) {
        ImageView view = new ImageView(image);
        view.getStyleClass().add(PAGE_STYLE);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(scroll.widthProperty().subtract(52).map(w -> Math.min(w.doubleValue(), image.getWidth())));
        return view;
    }

    ScrollPane node() {
        return scroll;
    }
}

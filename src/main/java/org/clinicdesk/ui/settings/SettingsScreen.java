package org.clinicdesk.ui.settings;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Screen;
import org.clinicdesk.ui.common.Styles;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * Settings: one tab per part of the clinic's set-up, each an {@code XxxTab} with its {@code XxxTabViewModel} in
 * {@code ui/settings/<tab>/}; which tabs a person gets is decided where the screens are built.
 */
public final class SettingsScreen implements Screen {
    private final List<Tab> tabs;
    private final Runnable onShow;
    private Node view;

    /** @param onShow loads what the always-present tabs (clinic, conditions) show, each time Settings opens */
    public SettingsScreen(List<Tab> tabs, Runnable onShow) {
        this.tabs = List.copyOf(tabs);
        this.onShow = onShow;
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public String titleKey() {
        return "nav.settings";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.BUILD;
    }

    @Override
    public Node view() {
        if (view == null) {
            Label title = new Label(Messages.get("nav.settings"));
            title.getStyleClass().add(Styles.SCREEN_TITLE);
            TabPane pane = new TabPane();
            pane.getTabs().addAll(tabs);
            pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            VBox box = new VBox(12, title, pane);
            VBox.setVgrow(pane, Priority.ALWAYS);
            box.getStyleClass().add(Styles.SCREEN);
            box.setPadding(new Insets(24));
            view = box;
        }
        return view;
    }

    @Override
    public void onShow() {
        onShow.run();
    }
}

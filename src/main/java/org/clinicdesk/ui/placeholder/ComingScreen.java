package org.clinicdesk.ui.placeholder;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;
import org.clinicdesk.ui.common.Screen;
import org.kordamp.ikonli.Ikon;

/** A screen a later piece of work fills: its title and one honest line about what is coming. No fake data. */
public final class ComingScreen implements Screen {
    private final String id;
    private final String titleKey;
    private final Ikon icon;
    private final String comingKey;
    private Node view;

    public ComingScreen(String id, String titleKey, Ikon icon, String comingKey) {
        this.id = id;
        this.titleKey = titleKey;
        this.icon = icon;
        this.comingKey = comingKey;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public Node view() {
        if (view == null) {
            Label title = new Label(Messages.get(titleKey));
            title.getStyleClass().add(Styles.SCREEN_TITLE);
            Label coming = new Label(Messages.get(comingKey));
            coming.setId(id + "-coming");
            coming.getStyleClass().add(Styles.COMING);
            coming.setWrapText(true);
            VBox box = new VBox(12, title, coming);
            box.getStyleClass().add(Styles.SCREEN);
            box.setPadding(new Insets(24));
            view = box;
        }
        return view;
    }
}

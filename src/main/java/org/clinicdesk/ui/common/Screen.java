package org.clinicdesk.ui.common;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One screen of the main window. Screens that create, search or print answer Ctrl+N, Ctrl+F, Ctrl+P. */
public interface Screen {
    /** Stable id, also used as the node id of its navigation button ("nav-" + id). */
    String id();

    /** Messages key of the screen's name. */
    String titleKey();

    Ikon icon();

    Node view();

    /** Called each time the screen is shown; a place to refresh what it shows. */
    default void onShow() {
    }

    /** Ctrl+N on this screen; false if the screen has nothing to create. */
    default boolean onNew() {
        return false;
    }

    /** Ctrl+F on this screen; false if the screen has nothing to search. */
    default boolean onFind() {
        return false;
    }

    /** Ctrl+P on this screen; false if the screen has nothing to print. */
    default boolean onPrint() {
        return false;
    }
}

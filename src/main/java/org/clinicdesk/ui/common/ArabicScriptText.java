package org.clinicdesk.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * Gives every piece of Arabic-script text on screen (an Urdu name in a list, a card, a calendar block, a form field or
 * a dialog) one font that covers all of it. Left to the system's fallback, an Urdu name is split between DejaVu Sans
 * (basic Arabic letters) and Noto Sans Arabic (Urdu's ہ, ے, ٹ...), and JavaFX then cuts the word apart and moves the
 * space. Every {@link Text} node whose text holds Arabic script gets the style class {@value #STYLE_CLASS}, which
 * {@code arabic-script.css} (added to each scene) sets in the bundled Noto Sans Arabic. Installed once for all windows, dialogs included.
 */
public final class ArabicScriptText {
    public static final String STYLE_CLASS = "arabic-script";
    private static final String WATCHED = ArabicScriptText.class.getName();

    private ArabicScriptText() {
    }

    private static boolean installed;

    /** Watches every window open now and every one that opens later (on the FX thread; again is harmless). */
    public static void installEverywhere() {
        Window.getWindows().forEach(ArabicScriptText::watch);
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(ArabicScriptText::watch);
            }
        });
    }

    private static void watch(Window window) {
        if (window.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) != null) {
            return;
        }
        if (window.getScene() != null) {
            install(window.getScene());
        }
        window.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                install(scene);
            }
        });
    }

    /** Watches one scene: its root now and any later root. */
    public static void install(Scene scene) {
        String sheet = ArabicScriptText.class.getResource("arabic-script.css").toExternalForm();
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
        if (scene.getRoot() != null) {
            watchTree(scene.getRoot());
        }
        scene.rootProperty().addListener((o, old, root) -> {
            if (root != null) {
                watchTree(root);
            }
        });
    }

    private static void watchTree(Node node) {
        if (node.getProperties().containsKey(WATCHED)) {
            return;
        }
        node.getProperties().put(WATCHED, Boolean.TRUE);
        if (node instanceof Text text) {
            mark(text);
            text.textProperty().addListener((o, old, now) -> mark(text));
            text.parentProperty().addListener((o, old, now) -> mark(text));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(ArabicScriptText::watchTree);
            parent.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(ArabicScriptText::watchTree);
                }
            });
        }
    }

    /** The node whose font draws the text: the label, cell, button or field it belongs to, else the text itself. */
    private static Node owner(Text text) {
        Node n = text.getParent();
        for (int depth = 0; n != null && depth < 4; depth++, n = n.getParent()) {
            if (n instanceof Labeled || n instanceof TextInputControl) {
                return n;
            }
        }
        return text;
    }

    private static void mark(Text text) {
        Node owner = owner(text);
        String shown = owner instanceof Labeled l ? l.getText()
                : owner instanceof TextInputControl f ? f.getText() : text.getText();
        boolean arabic = hasArabic(shown) || hasArabic(text.getText());
        if (arabic && !owner.getStyleClass().contains(STYLE_CLASS)) {
            owner.getStyleClass().add(STYLE_CLASS);
        } else if (!arabic) {
            owner.getStyleClass().remove(STYLE_CLASS);
        }
    }

    public static boolean hasArabic(String s) {
        return s != null && s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }
}

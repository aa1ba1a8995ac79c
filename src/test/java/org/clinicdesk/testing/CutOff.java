package org.clinicdesk.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * What a person would see cut off in a window: a button, label or combo box whose text is shortened with "…", or a
 * control that lies partly outside the window (not inside something that scrolls). One line per problem.
 */
public final class CutOff {
    private CutOff() {
    }

    public static List<String> problems(Scene scene) {
        List<String> found = new ArrayList<>();
        visit(scene.getRoot(), scene, false, found);
        return found;
    }

    private static void visit(Node node, Scene scene, boolean scrolls, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && !labeled.isWrapText() && !(node.getParent() instanceof javafx.scene.control.skin.VirtualFlow<?>)
                && !insideVirtualFlow(node)) {
            String shown = shownText(labeled);
            if (shown != null && !shown.equals(labeled.getText()) && shown.endsWith(labeled.getEllipsisString())) {
                found.add(describe(node) + " shows \"" + shown + "\" for \"" + labeled.getText() + "\"");
            }
        }
        if (!scrolls && (node instanceof ButtonBase || node instanceof ComboBoxBase<?> || node instanceof TextInputControl)) {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            if (b.getWidth() > 0 && (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1
                    || b.getMaxY() > scene.getHeight() + 1)) {
                found.add(describe(node) + " lies outside the window at " + Math.round(b.getMinX()) + ","
                        + Math.round(b.getMinY()) + " to " + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()));
            }
        }
        if (node instanceof Parent parent) {
            boolean inside = scrolls || node instanceof ScrollPane || node instanceof ListView<?> || node instanceof TableView<?>;
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, scene, inside, found);
            }
        }
    }

    /** Cells of lists and tables may be cut at the edge of what is scrolled into view; their columns resize. */
    private static boolean insideVirtualFlow(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.skin.VirtualFlow<?>) {
                return true;
            }
        }
        return false;
    }

    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return null;
    }

    private static String describe(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName();
        Node parent = node.getParent();
        while (node.getId() == null && parent != null && parent.getId() == null) {
            parent = parent.getParent();
        }
        return id + (node.getId() == null && parent != null ? " in #" + parent.getId() : "");
    }
}

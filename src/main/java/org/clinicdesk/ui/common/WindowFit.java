package org.clinicdesk.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Where a window may go: inside the visible area of a connected screen (the screen less its task bar), so a
 * 1366×768 laptop never loses the status line or a window's buttons below the bottom edge.
 */
public final class WindowFit {
    /** Window managers place a window a few pixels outside the screen for its shadow; that still fits. */
    private static final double SLACK = 10;

    private WindowFit() {
    }

    /** The wanted size, made no larger than {@code visible}, centred in it. */
    public static Rectangle2D centred(double wantedWidth, double wantedHeight, Rectangle2D visible) {
        double w = Math.min(wantedWidth, visible.getWidth());
        double h = Math.min(wantedHeight, visible.getHeight());
        return new Rectangle2D(visible.getMinX() + (visible.getWidth() - w) / 2,
                visible.getMinY() + (visible.getHeight() - h) / 2, w, h);
    }

    /** The remembered bounds if they lie wholly within one screen's visible area, else nothing. */
    public static Optional<Rectangle2D> remembered(Rectangle2D saved, List<Rectangle2D> visibleAreas) {
        if (saved.getWidth() <= 0 || saved.getHeight() <= 0) {
            return Optional.empty();
        }
        return visibleAreas.stream().anyMatch(v -> fits(saved, v)) ? Optional.of(saved) : Optional.empty();
    }

    static boolean fits(Rectangle2D r, Rectangle2D visible) {
        return r.getMinX() >= visible.getMinX() - SLACK && r.getMinY() >= visible.getMinY() - SLACK
                && r.getMaxX() <= visible.getMaxX() + SLACK && r.getMaxY() <= visible.getMaxY() + SLACK;
    }

    /** The visible areas of the screens connected now. */
    public static List<Rectangle2D> screens() {
        return Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    }

    /** The visible area of the screen {@code owner} is on (the primary screen without one). */
    public static Rectangle2D screenOf(Window owner) {
        if (owner == null || Double.isNaN(owner.getX())) {
            return Screen.getPrimary().getVisualBounds();
        }
        List<Screen> on = Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        return (on.isEmpty() ? Screen.getPrimary() : on.get(0)).getVisualBounds();
    }

    /** Sizes a secondary window (an editor, a dialog) to what it wants, within its owner's screen, and centres it. */
    public static void place(Stage stage, double wantedWidth, double wantedHeight) {
        Rectangle2D r = centred(wantedWidth, wantedHeight, screenOf(stage.getOwner()));
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
    }
}

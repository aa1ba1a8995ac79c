package org.clinicdesk.testing;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import org.testfx.api.FxRobot;

/**
 * Finds the table row a receptionist would click. A lookup of {@code .table-row-cell} returns the virtual flow's cells
 * in no particular order, empty rows and the hidden measuring cell among them, so "the first one found" may be an
 * empty row at the bottom of the table.
 */
public final class TableRows {
    private TableRows() {
    }

    /** The visible row of table {@code #tableId} showing an item that matches, or throws if none is on screen. */
    public static <T> Node showing(FxRobot robot, String tableId, Predicate<T> item) {
        return robot.lookup("#" + tableId + " .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getIndex() >= 0
                        && matches(row, item))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row on screen in #" + tableId + " shows the item wanted"));
    }

    /** The visible row at {@code index} (0 is the top row). */
    public static Node at(FxRobot robot, String tableId, int index) {
        return robot.lookup("#" + tableId + " .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getIndex() == index)
                .findFirst()
                .orElseThrow(() -> new AssertionError("row " + index + " of #" + tableId + " is not on screen"));
    }

    @SuppressWarnings("unchecked")
    private static <T> boolean matches(TableRow<?> row, Predicate<T> item) {
        return item.test((T) row.getItem());
    }
}

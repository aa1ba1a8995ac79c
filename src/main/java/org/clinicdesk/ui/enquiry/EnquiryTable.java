package org.clinicdesk.ui.enquiry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.common.PhoneNumber;
import org.clinicdesk.domain.enquiry.EnquirySummary;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.PagedRows;

/**
 * A table of enquiries over {@link PagedRows}: only the rows fetched so far exist, and the next page is asked for when a
 * row near the end becomes visible, so scrolling walks through any number of enquiries without loading them all.
 */
final class EnquiryTable {
    private static final int PREFETCH_ROWS = 10;

    private EnquiryTable() {
    }

    static TableView<EnquirySummary> create(String id, PagedRows<EnquirySummary> rows, Consumer<EnquirySummary> onOpen,
                                            Predicate<EnquirySummary> overdue) {
        TableView<EnquirySummary> table = new TableView<>(rows.items());
        table.setId(id);
        table.setPlaceholder(new Label(Messages.get("enquiries.none")));
        // the name takes whatever width is left: the other columns keep the width of what they hold, so at 1280 pixels
        // nothing is cut short; the city is on the enquiry itself
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<EnquirySummary, String> name = column("enquiries.col.name", 160, EnquirySummary::fullName);
        name.setMinWidth(120);
        name.setMaxWidth(Double.MAX_VALUE);
        table.getColumns().add(name);
        table.getColumns().add(column("enquiries.col.phone", 140, s -> s.phone() == null ? "" : new PhoneNumber(s.phone()).formatted()));
        table.getColumns().add(column("enquiries.col.status", 84, s -> EnumLabels.label("enquiry.statusShort.", s.status())));
        table.getColumns().add(column("enquiries.col.followUp", 90, s -> s.nextFollowUp() == null ? "" : day(s.nextFollowUp())));
        table.getColumns().add(column("enquiries.col.created", 76,
                s -> day(s.createdAt().atZone(ZoneId.systemDefault()).toLocalDate())));
        table.setRowFactory(tv -> new TableRow<>() {
            private boolean selectedWhenPressed;

            {
                // A click on the row that is already selected changes no selection, so the listener below stays
                // quiet; it must still open the enquiry (after Ctrl+N the form shows a new one, not this row).
                addEventFilter(MouseEvent.MOUSE_PRESSED, e -> selectedWhenPressed = !isEmpty() && isSelected());
                addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                    if (e.getButton() == MouseButton.PRIMARY && selectedWhenPressed && !isEmpty() && isSelected()) {
                        onOpen.accept(getItem());
                    }
                });
            }

            @Override
            public void updateIndex(int index) {
                super.updateIndex(index);
                if (index >= 0 && index >= rows.items().size() - PREFETCH_ROWS) {
                    rows.loadMore();
                }
            }

            @Override
            protected void updateItem(EnquirySummary item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("overdue"),
                        !empty && item != null && overdue.test(item));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                onOpen.accept(now);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    /** "27 Nov" this year, "27 Nov 25" in another: the list stays narrow and still never leaves a year in doubt. */
    private static String day(LocalDate date) {
        return (date.getYear() == LocalDate.now().getYear() ? DateFormats.DAY_MONTH : DateFormats.DAY_MONTH_SHORT_YEAR).format(date);
    }

    private static TableColumn<EnquirySummary, String> column(String key, double width, Function<EnquirySummary, String> value) {
        TableColumn<EnquirySummary, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setMaxWidth(width);
        column.setSortable(false); // order comes from the search: exact and prefix matches first, then newest
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}

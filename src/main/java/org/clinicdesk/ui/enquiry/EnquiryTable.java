package org.clinicdesk.ui.enquiry;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.clinicdesk.domain.enquiry.EnquirySummary;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.PagedRows;

/**
 * A table of enquiries over {@link PagedRows}: only the rows fetched so far exist, and the next page is asked for when a
 * row near the end becomes visible, so scrolling walks through any number of enquiries without loading them all.
 */
final class EnquiryTable {
    private static final int PREFETCH_ROWS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private EnquiryTable() {
    }

    static TableView<EnquirySummary> create(String id, PagedRows<EnquirySummary> rows, Consumer<EnquirySummary> onOpen,
                                            Predicate<EnquirySummary> overdue) {
        TableView<EnquirySummary> table = new TableView<>(rows.items());
        table.setId(id);
        table.setPlaceholder(new Label(Messages.get("enquiries.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("enquiries.col.name", 180, EnquirySummary::fullName));
        table.getColumns().add(column("enquiries.col.phone", 130, s -> s.phone() == null ? "" : s.phone()));
        table.getColumns().add(column("enquiries.col.city", 90, s -> s.city() == null ? "" : s.city()));
        table.getColumns().add(column("enquiries.col.status", 90, s -> EnumLabels.label("enquiry.status", s.status())));
        table.getColumns().add(column("enquiries.col.channel", 80, s -> EnumLabels.label("enquiry.channel", s.channel())));
        table.getColumns().add(column("enquiries.col.followUp", 95,
                s -> s.nextFollowUp() == null ? "" : DAY.format(s.nextFollowUp())));
        table.getColumns().add(column("enquiries.col.created", 95,
                s -> DAY.format(s.createdAt().atZone(ZoneId.systemDefault()))));
        table.setRowFactory(tv -> new TableRow<>() {
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

    private static TableColumn<EnquirySummary, String> column(String key, double width, Function<EnquirySummary, String> value) {
        TableColumn<EnquirySummary, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setSortable(false); // order comes from the search: exact and prefix matches first, then newest
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}

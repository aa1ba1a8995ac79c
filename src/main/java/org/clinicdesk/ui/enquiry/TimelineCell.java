package org.clinicdesk.ui.enquiry;

import java.time.ZoneId;
import javafx.scene.control.ListCell;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.enquiry.TimelineEntry;
import org.clinicdesk.ui.common.Messages;

/** One line of an enquiry's history: when, what, details, who. */
final class TimelineCell extends ListCell<TimelineEntry> {
    TimelineCell() {
        // wrap at the list's width instead of running off its right edge
        setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TimelineEntry t, boolean empty) {
        super.updateItem(t, empty);
        if (empty || t == null) {
            setText(null);
            return;
        }
        String key = "enquiry.timeline." + t.code();
        String what = Messages.has(key) ? Messages.get(key) : t.code();
        setText(Messages.format("enquiry.timeline.line",
                t.at() == null ? "" : DateFormats.DATE_TIME.format(t.at().atZone(ZoneId.systemDefault())),
                what, t.detail() == null ? "" : t.detail(), t.who() == null ? "—" : t.who()));
    }
}

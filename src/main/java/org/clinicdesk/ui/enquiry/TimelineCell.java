package org.clinicdesk.ui.enquiry;

import java.time.ZoneId;
import javafx.scene.control.ListCell;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.enquiry.TimelineEntry;
import org.clinicdesk.domain.enquiry.WithdrawalMethod;
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
                what, detail(t), t.who() == null ? "—" : t.who()));
    }

    /** A withdrawal's detail is how it was made, worded for the reader; other details are shown as recorded. */
    private static String detail(TimelineEntry t) {
        if (t.detail() == null) {
            return "";
        }
        if ("BOOKING_SLIP".equals(t.code())) {
            return bookingSlip(t.detail());
        }
        if ("CONSENT_WITHDRAWN".equals(t.code())) {
            for (WithdrawalMethod m : WithdrawalMethod.values()) {
                if (m.name().equals(t.detail())) {
                    return EnumLabels.label("enquiry.withdrawal.", m);
                }
            }
        }
        return t.detail();
    }

    /** Recorded as "2026-12-04 10:30 · te · A5 · PRINTED": worded "for 4 Dec 2026, 10:30 · Telugu · A5 · printed". */
    private static String bookingSlip(String detail) {
        String[] parts = detail.split(" · ");
        if (parts.length != 4) {
            return detail;
        }
        String when = parts[0];
        try {
            when = java.time.LocalDateTime.parse(parts[0], DateFormats.ISO_MINUTES).format(DateFormats.DATE_TIME);
        } catch (java.time.format.DateTimeParseException e) {
            // an unexpected stamp is shown as recorded
        }
        String how = Messages.has("enquiry.timeline.slip." + parts[3]) ? Messages.get("enquiry.timeline.slip." + parts[3])
                : parts[3];
        return Messages.format("enquiry.timeline.bookingSlip", when,
                org.clinicdesk.ui.common.LanguageNames.ofCode(parts[1]), parts[2], how);
    }
}

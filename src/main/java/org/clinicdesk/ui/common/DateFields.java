package org.clinicdesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.clinicdesk.domain.common.DayFirstDates;

/**
 * Date pickers that show and read the clinic's day-first dates ({@code 2 Dec 2027}; {@code 2/12/2027} and
 * {@code 2027-12-02} are read as the same day), instead of the computer's locale (US English shows 12/2/2027).
 */
public final class DateFields {
    /** The converter every date picker uses; typing something that is not a date leaves the date as it was. */
    public static final StringConverter<LocalDate> DAY_FIRST = new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
            return DayFirstDates.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            return DayFirstDates.parse(text).orElse(null);
        }
    };

    private DateFields() {
    }

    /** A new date picker in the clinic's format. */
    public static DatePicker picker() {
        return dayFirst(new DatePicker());
    }

    /**
     * Puts an existing picker (one from FXML) on the clinic's format, with a hint of what may be typed. The picker
     * takes the typed text on Enter or when focus leaves; a date it does not understand goes back to the last good one.
     */
    public static DatePicker dayFirst(DatePicker picker) {
        picker.setConverter(DAY_FIRST);
        picker.setPromptText(Messages.get("date.prompt"));
        return picker;
    }

    /** Takes what is typed in the editor now (before a save, say); returns false if it is not a date. */
    public static boolean commitTyped(DatePicker picker) {
        try {
            LocalDate typed = DayFirstDates.parse(picker.getEditor().getText()).orElse(null);
            if (!java.util.Objects.equals(typed, picker.getValue())) {
                picker.setValue(typed);
            }
            return true;
        } catch (DateTimeParseException e) {
            picker.getEditor().setText(DayFirstDates.format(picker.getValue()));
            return false;
        }
    }
}

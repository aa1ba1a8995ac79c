package org.clinicdesk.domain.common;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every date and time format that reaches a person (screens, printouts, messages, exported files), in one place.
 * Most name months in English, as the interface is English for now; the few that follow the computer's locale always
 * did. Storage stamps ({@code store/Timestamps}), backup file names and the import's accepted input formats are data
 * formats, kept beside the code that reads them.
 */
public final class DateFormats {
    /** 3 Dec 2026: review dates, leave days, the date pickers. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** 3 Dec 2026, 14:05 (the computer's locale): when an enquiry was created or changed. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    /** 3 Dec 2026 14:05: when a day list was printed. */
    public static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    /** Thu 3 Dec 2026, 14:05: a consultation's time in messages. */
    public static final DateTimeFormatter WEEKDAY_DATE_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    /** Thu 3 Dec: a day in the diary and in booking messages. */
    public static final DateTimeFormatter WEEKDAY_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    /** Thursday 3 December 2026: the diary's heading. */
    public static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    /** 3 Dec (the computer's locale): this year's dates in the enquiry list. */
    public static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM");
    /** 3 Dec 25 (the computer's locale): other years' dates in the enquiry list. */
    public static final DateTimeFormatter DAY_MONTH_SHORT_YEAR = DateTimeFormatter.ofPattern("d MMM yy");
    /** 14:05. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /** 2026-12-03: dates in lists meant to be compared and sorted (retention). */
    public static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    /** 2026-12-03 14:05: times in CSV exports. */
    public static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** 2026-12-03 14:05:09: the audit log, on screen and exported. */
    public static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DateFormats() {
    }
}

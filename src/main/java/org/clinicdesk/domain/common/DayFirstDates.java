package org.clinicdesk.domain.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as the clinic writes them, whatever the computer's locale: day first ({@code 2/12/2027} is 2 December), a
 * month name ({@code 2 Dec 2027}, {@code 2 December 2027}) or ISO ({@code 2027-12-02}). Shown as {@link DateFormats#DATE}.
 */
public final class DayFirstDates {
    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            numeric("d/M/uuuu"), numeric("d-M-uuuu"), numeric("d.M.uuuu"),
            twoDigitYear("d/M/"), twoDigitYear("d-M-"), twoDigitYear("d.M."),
            named("d MMM uuuu"), named("d MMMM uuuu"), named("d-MMM-uuuu"), named("d MMM, uuuu"),
            named("d MMMM, uuuu"), named("MMM d uuuu"), named("MMM d, uuuu"), named("MMMM d, uuuu"),
            numeric("uuuu-M-d"), numeric("uuuu/M/d"));

    private DayFirstDates() {
    }

    /** The date in the clinic's format ({@code 2 Dec 2027}); "" for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : DateFormats.DATE.format(date);
    }

    /** Reads a typed date; empty text is no date. */
    public static Optional<LocalDate> parse(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : ACCEPTED) {
            try {
                return Optional.of(LocalDate.parse(text, f));
            } catch (DateTimeParseException notThisOne) {
                // try the next accepted form
            }
        }
        throw new DateTimeParseException("not a date", text, 0);
    }

    private static DateTimeFormatter numeric(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter(Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** 2/12/27 is 2 December 2027: two-digit years are this century. */
    private static DateTimeFormatter twoDigitYear(String dayMonth) {
        return new DateTimeFormatterBuilder().appendPattern(dayMonth)
                .appendValueReduced(ChronoField.YEAR, 2, 2, 2000).toFormatter(Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter named(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}

package org.clinicdesk.domain.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;

/** The clinic's days from {@code from} to {@code to}, both included. */
public record DateRange(LocalDate from, LocalDate to) {
    /** Longest range a report covers: ten years is more than any clinic's records. */
    public static final int MAX_DAYS = 3_700;

    public DateRange {
        if (from == null || to == null) {
            throw new ClinicDeskException(UserMessage.of("report.error.rangeMissing"));
        }
        if (to.isBefore(from)) {
            throw new ClinicDeskException(UserMessage.of("report.error.rangeBackwards", from.toString(), to.toString()));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ClinicDeskException(UserMessage.of("report.error.rangeTooLong", "10"));
        }
    }

    /** From two ISO dates (YYYY-MM-DD), as the command line gives them. */
    public static DateRange parse(String from, String to) {
        return new DateRange(date(from), date(to));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new ClinicDeskException(UserMessage.of("report.error.dateUnreadable", String.valueOf(text)), e);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}

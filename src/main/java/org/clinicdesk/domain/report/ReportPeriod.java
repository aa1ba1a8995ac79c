package org.clinicdesk.domain.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A date range as the database needs it: the clinic's days in its time zone, so a stamp stored in UTC at 19:00 on the
 * 30th belongs to the 1st in Bangalore. Times stored as clinic-local text (consultations) compare by day directly.
 */
public record ReportPeriod(DateRange range, ZoneId zone) {
    /** One week of the trend: from its Monday (or the range's first day) to the next Monday (or the range's end). */
    public record Week(LocalDate firstDay, Instant start, Instant end) {
    }

    /** The first instant of the first day. */
    public Instant start() {
        return range.from().atStartOfDay(zone).toInstant();
    }

    /** The first instant after the last day. */
    public Instant end() {
        return range.to().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The first day, as clinic-local ISO text ("2026-11-01"). */
    public String firstLocalDay() {
        return range.from().toString();
    }

    /** The day after the last, as clinic-local ISO text: local stamps before it are in the range. */
    public String endLocalDay() {
        return range.to().plusDays(1).toString();
    }

    /** The clinic's offset from UTC at the start of the range, for day differences worked out in the database. */
    public int offsetSeconds() {
        return zone.getRules().getOffset(start()).getTotalSeconds();
    }

    /** The weeks of the trend, Monday to Sunday, cut to the range at both ends. */
    public List<Week> weeks() {
        List<Week> weeks = new ArrayList<>();
        LocalDate day = range.from();
        LocalDate after = range.to().plusDays(1);
        while (day.isBefore(after)) {
            LocalDate next = day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            LocalDate end = next.isAfter(after) ? after : next;
            weeks.add(new Week(day, day.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant()));
            day = end;
        }
        return weeks;
    }
}

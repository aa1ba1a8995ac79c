package org.clinicdesk.domain.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The ranges a manager asks for every week; weeks start on Monday. CUSTOM keeps the dates typed. */
public enum RangePreset {
    THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH, LAST_90_DAYS, CUSTOM;

    /** The range on the clinic's day {@code today}; for CUSTOM, {@code custom} as it is. */
    public DateRange range(LocalDate today, DateRange custom) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (this) {
            case THIS_WEEK -> new DateRange(monday, monday.plusDays(6));
            case LAST_WEEK -> new DateRange(monday.minusWeeks(1), monday.minusDays(1));
            case THIS_MONTH -> new DateRange(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()));
            case LAST_MONTH -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new DateRange(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case LAST_90_DAYS -> new DateRange(today.minusDays(89), today);
            case CUSTOM -> custom == null ? new DateRange(today, today) : custom;
        };
    }
}

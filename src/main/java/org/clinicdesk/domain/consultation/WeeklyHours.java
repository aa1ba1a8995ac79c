package org.clinicdesk.domain.consultation;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A clinician's regular hours at one centre on one weekday, in the clinic's local time. */
public record WeeklyHours(long centreId, DayOfWeek day, LocalTime from, LocalTime to) {
    public WeeklyHours {
        if (day == null || from == null || to == null) {
            throw new IllegalArgumentException("weekday, from and to are required");
        }
    }

    public boolean overlaps(WeeklyHours other) {
        return day == other.day && from.isBefore(other.to) && other.from.isBefore(to);
    }
}

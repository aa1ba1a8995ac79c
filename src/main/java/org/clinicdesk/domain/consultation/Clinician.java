package org.clinicdesk.domain.consultation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A clinician who sees patients: the centres and weekly hours they work, their leave days and their usual slot length.
 * Deactivated, never deleted (past consultations keep the name). {@code id} is 0 until saved.
 */
public record Clinician(long id, String name, Long staffId, int slotMinutes, boolean active, List<WeeklyHours> hours,
                        SortedSet<LocalDate> leaveDays) {
    public static final int DEFAULT_SLOT_MINUTES = 30;

    public Clinician {
        name = name == null ? "" : name.strip();
        hours = hours == null ? List.of() : hours.stream()
                .sorted(Comparator.comparing(WeeklyHours::day).thenComparing(WeeklyHours::from)).toList();
        leaveDays = leaveDays == null ? new TreeSet<>() : new TreeSet<>(leaveDays);
    }

    public static Clinician newClinician(String name) {
        return new Clinician(0, name, null, DEFAULT_SLOT_MINUTES, true, List.of(), new TreeSet<>());
    }

    public boolean isNew() {
        return id == 0;
    }

    public boolean onLeave(LocalDate day) {
        return leaveDays.contains(day);
    }

    /** The hours at this centre on this date (none on a leave day). */
    public List<WeeklyHours> hoursOn(LocalDate day, long centreId) {
        if (onLeave(day)) {
            return List.of();
        }
        return hours.stream().filter(h -> h.centreId() == centreId && h.day() == day.getDayOfWeek()).toList();
    }

    public Set<Long> centreIds() {
        return new TreeSet<>(hours.stream().map(WeeklyHours::centreId).toList());
    }

    public boolean worksAt(long centreId) {
        return hours.stream().anyMatch(h -> h.centreId() == centreId);
    }

    public Clinician withId(long newId) {
        return new Clinician(newId, name, staffId, slotMinutes, active, hours, leaveDays);
    }

    public Clinician withActive(boolean nowActive) {
        return new Clinician(id, name, staffId, slotMinutes, nowActive, hours, leaveDays);
    }

    @Override
    public String toString() {
        return name;
    }
}

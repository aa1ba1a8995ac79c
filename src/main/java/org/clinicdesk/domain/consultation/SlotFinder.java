package org.clinicdesk.domain.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Free slots of a clinician at a centre, from their weekly hours, leave days and existing bookings. Pure: the clock
 * (in the clinic's time zone) decides what "now" is, so slots already begun are never offered.
 */
public final class SlotFinder {
    private final Clock clock;

    /** @param clock a clock whose zone is the clinic's time zone */
    public SlotFinder(Clock clock) {
        this.clock = clock;
    }

    /**
     * Free slots on one day. Candidates start at the beginning of each stretch of hours and step by the clinician's slot
     * length; after a booking the next candidate starts when it ends, so odd-length bookings leave no dead time.
     *
     * @param bookings the clinician's consultations around that day, at any centre (a clinician is in one place at a time)
     */
    public List<Slot> freeSlots(Clinician clinician, long centreId, LocalDate day, int durationMinutes,
                                List<Consultation> bookings) {
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("duration must be positive");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<Consultation> held = bookings.stream()
                .filter(b -> b.clinicianId() == clinician.id() && b.status().holdsSlot())
                .sorted(Comparator.comparing(Consultation::start))
                .toList();
        List<Slot> free = new ArrayList<>();
        int step = Math.max(5, clinician.slotMinutes());
        for (WeeklyHours hours : clinician.hoursOn(day, centreId)) {
            LocalDateTime t = day.atTime(hours.from());
            LocalDateTime close = day.atTime(hours.to());
            while (!t.plusMinutes(durationMinutes).isAfter(close)) {
                LocalDateTime end = t.plusMinutes(durationMinutes);
                Optional<Consultation> clash = firstClash(held, t, end);
                if (clash.isPresent()) {
                    LocalDateTime after = clash.get().end();
                    t = after.isAfter(t) ? after : t.plusMinutes(step);
                    continue;
                }
                if (!t.isBefore(now)) {
                    free.add(new Slot(clinician.id(), centreId, t, durationMinutes));
                }
                t = t.plusMinutes(step);
            }
        }
        return free;
    }

    /** Free slots from {@code from} over {@code days} days, day by day, at most {@code limit} in all. */
    public List<Slot> freeSlotsFrom(Clinician clinician, long centreId, LocalDate from, int days, int durationMinutes,
                                    List<Consultation> bookings, int limit) {
        List<Slot> all = new ArrayList<>();
        for (int i = 0; i < days && all.size() < limit; i++) {
            all.addAll(freeSlots(clinician, centreId, from.plusDays(i), durationMinutes, bookings));
        }
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    /** The first free slots starting at or after {@code after}, for telling the desk what is free instead. */
    public List<Slot> nextFreeAfter(Clinician clinician, long centreId, LocalDateTime after, int days,
                                    int durationMinutes, List<Consultation> bookings, int limit) {
        List<Slot> found = new ArrayList<>();
        for (int i = 0; i < days && found.size() < limit; i++) {
            for (Slot s : freeSlots(clinician, centreId, after.toLocalDate().plusDays(i), durationMinutes, bookings)) {
                if (!s.start().isBefore(after) && found.size() < limit) {
                    found.add(s);
                }
            }
        }
        return found;
    }

    private static Optional<Consultation> firstClash(List<Consultation> held, LocalDateTime from, LocalDateTime to) {
        return held.stream().filter(b -> b.overlaps(from, to)).findFirst();
    }
}

package org.clinicdesk.store.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo clinicians' diaries while the generator books: each clinician's weekly hours cut into slots, and which
 * slots of which day are taken, so no clinician is ever double-booked (the overlap guard would refuse it).
 */
final class DemoDiary {
    /** One clinician's hours at one centre on one weekday (1 Monday … 7 Sunday), in slots of {@code minutes}. */
    record Hours(long clinician, long centre, int weekday, LocalTime from, LocalTime to, int minutes) {
        int slots() {
            return (int) (java.time.Duration.between(from, to).toMinutes() / minutes);
        }
    }

    /** A slot the diary gave out. */
    record Slot(long clinician, long centre, LocalDateTime start, int minutes) {
        LocalDateTime end() {
            return start.plusMinutes(minutes);
        }
    }

    private final List<Hours> hours;
    private final Map<Long, Integer> taken = new HashMap<>();

    DemoDiary(List<Hours> hours) {
        this.hours = List.copyOf(hours);
    }

    /** A free slot at the centre on the first day from {@code from} (up to {@code days} later) that has one. */
    Slot book(long centre, LocalDate from, int days, Random random) {
        for (int d = 0; d < days; d++) {
            LocalDate day = from.plusDays(d);
            List<Hours> open = working(centre, day);
            if (open.isEmpty()) {
                continue;
            }
            int first = random.nextInt(open.size());
            for (int i = 0; i < open.size(); i++) {
                Slot slot = take(open.get((first + i) % open.size()), day, random);
                if (slot != null) {
                    return slot;
                }
            }
        }
        return null;
    }

    /** Every clinician's hours at the centre on that day (any centre when {@code centre} is 0). */
    List<Hours> working(long centre, LocalDate day) {
        List<Hours> open = new ArrayList<>();
        for (Hours h : hours) {
            if (h.weekday() == day.getDayOfWeek().getValue() && (centre == 0 || h.centre() == centre)) {
                open.add(h);
            }
        }
        return open;
    }

    /** A random free slot of those hours on that day, now taken; null when the day is full. */
    Slot take(Hours h, LocalDate day, Random random) {
        long key = h.clinician() * 1_000_000L + day.toEpochDay();
        int used = taken.getOrDefault(key, 0);
        int slots = h.slots();
        int free = slots - Integer.bitCount(used);
        if (free <= 0) {
            return null;
        }
        int pick = random.nextInt(free);
        for (int s = 0; s < slots; s++) {
            if ((used & (1 << s)) == 0 && pick-- == 0) {
                taken.put(key, used | (1 << s));
                return new Slot(h.clinician(), h.centre(), day.atTime(h.from()).plusMinutes((long) s * h.minutes()),
                        h.minutes());
            }
        }
        return null;
    }

    /** How many slots of those hours are still free on that day. */
    int free(Hours h, LocalDate day) {
        return h.slots() - Integer.bitCount(taken.getOrDefault(h.clinician() * 1_000_000L + day.toEpochDay(), 0));
    }
}

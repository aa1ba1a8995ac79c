package org.clinicdesk.store.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.clinicdesk.store.Timestamps;
import org.jooq.BatchBindStep;

/**
 * What happened to one demo enquiry after it was taken: the calls and messages that answered its follow-ups (on time
 * or late), its status changes, when and why it closed, and its consultations (first visit, reschedules, reviews),
 * each with the status its date gives it. Which channels bring people who come, and who misses Mondays, is in the
 * odds below, so the reports have something to say.
 */
final class DemoHistory {
    static final String[] CLOSE_REASONS = {"NOT_ELIGIBLE", "CHOSE_ELSEWHERE", "COST", "NO_RESPONSE", "OTHER"};
    private static final String[] CANCEL_REASONS = {"Travelling", "Travelling", "Work commitment", "Feeling better",
        "Family function", "Clashes with another appointment", "Unwell, will rebook", "Cost", "Transport strike"};

    /** The enquiry row's final state, after its history. */
    record Outcome(String status, String closeReason, Instant updatedAt) {
    }

    /** A consultation the history booked, written once all are known (latest first: see {@link #visits()}). */
    record Visit(long id, long enquiry, DemoDiary.Slot slot, String mode, String status, String reason,
                 Long rescheduledFrom, String createdAt, long by, String updatedAt) {
    }

    private final Random random;
    private final DemoDiary diary;
    private final ZoneId zone;
    private final Instant now;
    private final LocalDate today;
    private final long mondayClinician;
    /** By centre, enquiries whose last visit was attended, for the demo week's review visits. */
    private final Map<Long, List<Long>> attendees = new HashMap<>();
    private final List<Visit> visits = new ArrayList<>();
    private long nextConsultation = 1;

    DemoHistory(Random random, DemoDiary diary, ZoneId zone, Instant now, long mondayClinician) {
        this.random = random;
        this.diary = diary;
        this.zone = zone;
        this.now = now;
        this.today = LocalDate.ofInstant(now, zone);
        this.mondayClinician = mondayClinician;
    }

    Outcome live(long id, Instant created, String channel, long centre, long by, BatchBindStep events) {
        LocalDate day = LocalDate.ofInstant(created, zone);
        String status = status(ChronoUnit.DAYS.between(day, today), channel);
        String reason = status.equals("CLOSED") ? CLOSE_REASONS[random.nextInt(CLOSE_REASONS.length)] : null;
        boolean walkInBooking = status.equals("BOOKED") && channel.equals("WALK_IN") && random.nextBoolean();
        int contacts = switch (status) {
            case "NEW" -> 0;
            case "BOOKED" -> walkInBooking ? 0 : 1 + random.nextInt(2);
            default -> 1 + random.nextInt(3);
        };
        String shown = "NEW";
        Instant last = created;
        LocalDate due = day.plusDays(1 + random.nextInt(2));
        for (int k = 0; k < contacts; k++) {
            int late = random.nextInt(100) < 28 ? 1 + random.nextInt(4) : 0;
            LocalDate on = due.plusDays(late);
            Instant at = at(on, 10 * 60 + random.nextInt(8 * 60));
            if (!on.isBefore(today) || !at.isAfter(last)) {
                break;
            }
            String kind = reason != null && reason.equals("NO_RESPONSE") ? "NO_ANSWER"
                    : random.nextInt(10) < 2 ? "NO_ANSWER" : random.nextInt(10) < 4 ? "WHATSAPP" : "CALL";
            events.bind(id, "CONTACT_" + kind, "", Timestamps.format(at), by, due.toString(), late > 0 ? 1 : 0);
            if (shown.equals("NEW") && !kind.equals("NO_ANSWER")) {
                events.bind(id, "STATUS", "NEW → CONTACTED", Timestamps.format(at), by, null, null);
                shown = "CONTACTED";
            }
            last = at;
            due = on.plusDays(2 + random.nextInt(4));
        }
        if (status.equals("CONTACTED") && shown.equals("NEW")) {
            return new Outcome("NEW", null, last); // too recent to have been reached yet
        }
        if (status.equals("CLOSED")) {
            Instant closed = min(last.plus(1 + random.nextInt(3), ChronoUnit.DAYS), now.minus(10, ChronoUnit.MINUTES));
            closed = closed.isAfter(last) ? closed : last.plusSeconds(60);
            events.bind(id, "STATUS", shown + " → CLOSED (" + reason + ")", Timestamps.format(closed), by, null, null);
            return new Outcome("CLOSED", reason, closed);
        }
        if (status.equals("BOOKED")) {
            Instant booked = walkInBooking ? created.plusSeconds(600) : last.plusSeconds(300);
            if (book(id, centre, channel, LocalDate.ofInstant(booked, zone).plusDays(1 + random.nextInt(14)), booked, by)) {
                events.bind(id, "STATUS", shown + " → BOOKED", Timestamps.format(booked), by, null, null);
                return new Outcome("BOOKED", null, booked);
            }
        }
        return new Outcome(shown, null, last);
    }

    /** The first visit, its reschedule if any, and reviews while the person keeps coming; false if no slot was free. */
    private boolean book(long enquiry, long centre, String channel, LocalDate wanted, Instant bookedAt, long by) {
        DemoDiary.Slot slot = diary.book(centre, wanted, 21, random);
        if (slot == null) {
            return false;
        }
        boolean first = true;
        Long from = null;
        while (slot != null) {
            String status = status(slot, channel, first);
            long id = write(enquiry, slot, status, from, bookedAt, by);
            from = null;
            first = false;
            LocalDate next = null;
            if (status.equals("RESCHEDULED")) {
                from = id;
                next = slot.start().toLocalDate().plusDays(3 + random.nextInt(12));
            } else if ((status.equals("COMPLETED") || status.equals("ARRIVED")) && random.nextInt(100) < 35) {
                next = slot.start().toLocalDate().plusWeeks(4 + random.nextInt(9)); // a review visit
                List<Long> here = attendees.computeIfAbsent(centre, c -> new ArrayList<>());
                if (here.size() < 20_000) {
                    here.add(enquiry);
                } else {
                    here.set(random.nextInt(here.size()), enquiry); // keep a bounded sample at benchmark sizes
                }
            }
            slot = next == null || next.isAfter(today.plusDays(21)) ? null : diary.book(centre, next, 14, random);
            bookedAt = min(slot == null ? now : at(slot.start().toLocalDate().minusDays(7), 11 * 60), now);
        }
        return true;
    }

    /** The demo week's diaries filled with review visits of people who came before, as a real clinic's are. */
    void reviewVisits(LocalDate from, int days, double share, long by) {
        for (int d = 0; d < days; d++) {
            LocalDate day = from.plusDays(d);
            for (DemoDiary.Hours h : diary.working(0, day)) {
                List<Long> people = attendees.getOrDefault(h.centre(), List.of());
                int fill = (int) Math.round(h.slots() * share) - (h.slots() - diary.free(h, day));
                for (int i = 0; i < fill && !people.isEmpty(); i++) {
                    long person = people.get(random.nextInt(people.size()));
                    DemoDiary.Slot slot = diary.take(h, day, random);
                    Instant booked = min(at(day.minusDays(28), 11 * 60), now);
                    write(person, slot, status(slot, "REVIEW", false), null, booked, by);
                }
            }
        }
    }

    /**
     * Every consultation booked, latest start first: the overlap guard's trigger then looks only at the few rows that
     * start before the one being written, instead of a clinician's whole past (quadratic at a million enquiries).
     */
    List<Visit> visits() {
        visits.sort(Comparator.comparing((Visit v) -> v.slot().start()).reversed().thenComparing(Visit::id));
        return visits;
    }

    private long write(long enquiry, DemoDiary.Slot slot, String status, Long rescheduledFrom, Instant bookedAt, long by) {
        long id = nextConsultation++;
        Instant changed = status.equals("BOOKED") ? bookedAt : min(slot.start().atZone(zone).toInstant(), now);
        int mode = random.nextInt(20);
        String reason = status.equals("CANCELLED") ? CANCEL_REASONS[random.nextInt(CANCEL_REASONS.length)] : null;
        visits.add(new Visit(id, enquiry, slot, mode < 3 ? "VIDEO" : mode == 3 ? "PHONE" : "IN_PERSON", status, reason,
                rescheduledFrom, Timestamps.format(bookedAt), by,
                Timestamps.format(changed.isBefore(bookedAt) ? bookedAt : changed)));
        return id;
    }

    /** The status a consultation has by now: past ones were held or not, today's are under way, later ones expected. */
    private String status(DemoDiary.Slot slot, String channel, boolean first) {
        LocalDateTime start = slot.start();
        LocalDateTime localNow = LocalDateTime.ofInstant(now, zone);
        int roll = random.nextInt(100);
        if (start.toLocalDate().isBefore(today) || start.plusMinutes(45).isBefore(localNow)) {
            int noShow = noShowOdds(slot, channel, first);
            return roll < noShow ? "NO_SHOW" : roll < noShow + 9 ? "CANCELLED" : roll < noShow + 13 && first ? "RESCHEDULED"
                    : "COMPLETED";
        }
        if (start.isBefore(localNow)) {
            return "ARRIVED";
        }
        if (start.toLocalDate().equals(today)) {
            return roll < 65 ? "CONFIRMED" : "BOOKED";
        }
        if (start.toLocalDate().equals(today.plusDays(1))) {
            return roll < 40 ? "CONFIRMED" : "BOOKED";
        }
        return roll < 95 ? "BOOKED" : "CANCELLED";
    }

    /** Percent: strangers from the website miss most; Mondays more; one clinician's Monday list most of all. */
    private int noShowOdds(DemoDiary.Slot slot, String channel, boolean first) {
        int odds = !first ? 5 : switch (channel) {
            case "WALK_IN", "REFERRAL" -> 5;
            case "PHONE" -> 10;
            case "WHATSAPP", "EMAIL" -> 13;
            default -> 20;
        };
        if (slot.start().getDayOfWeek() == DayOfWeek.MONDAY) {
            odds += slot.clinician() == mondayClinician ? 14 : 6;
        }
        return odds;
    }

    /** How far a demo enquiry got, by its age and how it came: referrals and walk-ins book most. */
    private String status(long ageDays, String channel) {
        int roll = random.nextInt(100);
        if (ageDays <= 2) {
            return roll < 65 ? "NEW" : roll < 88 ? "CONTACTED" : "BOOKED";
        }
        int books = switch (channel) {
            case "REFERRAL" -> 36;
            case "WALK_IN" -> 32;
            case "PHONE" -> 22;
            case "WEBSITE" -> 11;
            default -> 17;
        };
        if (ageDays <= 21) {
            return roll < 15 ? "NEW" : roll < 45 ? "CONTACTED" : roll < 45 + books ? "BOOKED" : "CLOSED";
        }
        return roll < 4 ? "NEW" : roll < 12 ? "CONTACTED" : roll < 12 + books ? "BOOKED" : "CLOSED";
    }

    private Instant at(LocalDate day, int minuteOfDay) {
        return day.atStartOfDay(zone).plusMinutes(minuteOfDay).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

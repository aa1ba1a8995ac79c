package org.clinicdesk.domain.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SlotFinderTest {
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    /** Wednesday 25 November 2026, 10:00 in Bangalore. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T04:30:00Z"), KOLKATA);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    static final LocalDate THURSDAY = WEDNESDAY.plusDays(1);
    static final long BANGALORE = 1;
    static final long HYDERABAD = 2;

    private final SlotFinder finder = new SlotFinder(CLOCK);

    static Clinician rao(int slot, LocalDate... leave) {
        return new Clinician(7, "Dr Kavitha Rao", null, slot, true, List.of(
                new WeeklyHours(BANGALORE, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                new WeeklyHours(BANGALORE, DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(10, 30)),
                new WeeklyHours(BANGALORE, DayOfWeek.THURSDAY, LocalTime.of(14, 0), LocalTime.of(15, 0)),
                new WeeklyHours(HYDERABAD, DayOfWeek.FRIDAY, LocalTime.of(10, 0), LocalTime.of(11, 0))),
                new TreeSet<>(List.of(leave)));
    }

    static Consultation booking(long clinician, long centre, LocalDateTime start, int minutes, ConsultationStatus status) {
        return new Consultation(1, 1, centre, clinician, start, minutes, ConsultationMode.IN_PERSON, status, null, null,
                null, null, null, "", "A", "+919845012345", 1);
    }

    private static List<LocalTime> times(List<Slot> slots) {
        return slots.stream().map(s -> s.start().toLocalTime()).toList();
    }

    @Test
    void slotsFollowTheHoursInStepsOfTheSlotLength() {
        List<Slot> slots = finder.freeSlots(rao(30), BANGALORE, THURSDAY, 30, List.of());
        assertThat(times(slots)).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0),
                LocalTime.of(14, 0), LocalTime.of(14, 30));
        assertThat(slots).allSatisfy(s -> assertThat(s.durationMinutes()).isEqualTo(30));
    }

    @Test
    void aShorterSlotLengthGivesMoreSlotsAndALongerDurationFewer() {
        assertThat(finder.freeSlots(rao(20), BANGALORE, THURSDAY, 20, List.of())).hasSize(4 + 3);
        // 60 minutes must fit whole before the hours end: 9:00, 9:20 ... 9:30 is the last start before 10:30
        assertThat(times(finder.freeSlots(rao(20), BANGALORE, THURSDAY, 60, List.of())))
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 20), LocalTime.of(14, 0));
    }

    @Test
    void noSlotsOnALeaveDayOrAtACentreWithoutHours() {
        assertThat(finder.freeSlots(rao(30, THURSDAY), BANGALORE, THURSDAY, 30, List.of())).isEmpty();
        assertThat(finder.freeSlots(rao(30), HYDERABAD, THURSDAY, 30, List.of())).isEmpty();
        assertThat(finder.freeSlots(rao(30), HYDERABAD, THURSDAY.plusDays(1), 30, List.of())).hasSize(2);
    }

    @Test
    void existingBookingsTakeTheirTimeAtAnyCentreUnlessTheyFreedIt() {
        List<Consultation> bookings = List.of(
                booking(7, BANGALORE, THURSDAY.atTime(9, 30), 30, ConsultationStatus.CONFIRMED),
                booking(7, HYDERABAD, THURSDAY.atTime(14, 0), 30, ConsultationStatus.BOOKED),
                booking(7, BANGALORE, THURSDAY.atTime(10, 0), 30, ConsultationStatus.CANCELLED),
                booking(8, BANGALORE, THURSDAY.atTime(9, 0), 30, ConsultationStatus.BOOKED));
        assertThat(times(finder.freeSlots(rao(30), BANGALORE, THURSDAY, 30, bookings)))
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(14, 30));
    }

    @Test
    void anOddLengthBookingMovesTheNextSlotToItsEnd() {
        List<Consultation> bookings = List.of(booking(7, BANGALORE, THURSDAY.atTime(9, 10), 25, ConsultationStatus.BOOKED));
        assertThat(times(finder.freeSlots(rao(30), BANGALORE, THURSDAY, 30, bookings)))
                .containsExactly(LocalTime.of(9, 35), LocalTime.of(14, 0), LocalTime.of(14, 30));
    }

    @Test
    void slotsAlreadyBegunTodayAreNotOffered() {
        // it is 10:00 on Wednesday: 10:00 itself is still offered, nothing before it
        assertThat(times(finder.freeSlots(rao(30), BANGALORE, WEDNESDAY, 30, List.of())))
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(11, 0), LocalTime.of(11, 30));
        Clock later = Clock.fixed(Instant.parse("2026-11-25T05:45:00Z"), KOLKATA); // 11:15
        assertThat(times(new SlotFinder(later).freeSlots(rao(30), BANGALORE, WEDNESDAY, 30, List.of())))
                .containsExactly(LocalTime.of(11, 30));
        assertThat(new SlotFinder(later).freeSlots(rao(30), BANGALORE, WEDNESDAY.minusDays(7), 30, List.of())).isEmpty();
    }

    @Test
    void theLastSlotEndsExactlyWhenTheHoursEndAndNeverCrossesMidnight() {
        Clinician late = new Clinician(9, "Dr Late", null, 30, true, List.of(
                new WeeklyHours(BANGALORE, DayOfWeek.THURSDAY, LocalTime.of(22, 30), LocalTime.of(23, 59))),
                new TreeSet<>());
        List<Slot> slots = finder.freeSlots(late, BANGALORE, THURSDAY, 30, List.of());
        assertThat(times(slots)).containsExactly(LocalTime.of(22, 30), LocalTime.of(23, 0));
        assertThat(slots).allSatisfy(s -> assertThat(s.end().toLocalDate()).isEqualTo(THURSDAY));
        // a booking from the day before running past midnight does not hide the next day's slots
        List<Consultation> overnight = List.of(booking(9, BANGALORE, WEDNESDAY.atTime(23, 45), 30, ConsultationStatus.BOOKED));
        assertThat(finder.freeSlots(late, BANGALORE, THURSDAY, 30, overnight)).hasSize(2);
    }

    @Test
    void overSeveralDaysSlotsComeDayByDayUpToTheLimit() {
        List<Slot> slots = finder.freeSlotsFrom(rao(30), BANGALORE, WEDNESDAY, 9, 30, List.of(), 100);
        assertThat(slots).extracting(Slot::day).containsSubsequence(WEDNESDAY, THURSDAY, WEDNESDAY.plusDays(7));
        assertThat(slots).isSortedAccordingTo(java.util.Comparator.comparing(Slot::start));
        assertThat(finder.freeSlotsFrom(rao(30), BANGALORE, WEDNESDAY, 9, 30, List.of(), 3)).hasSize(3);
    }

    @Test
    void nextFreeAfterAClashSkipsToTheFollowingSlots() {
        List<Consultation> bookings = List.of(booking(7, BANGALORE, THURSDAY.atTime(9, 0), 60, ConsultationStatus.BOOKED));
        assertThat(finder.nextFreeAfter(rao(30), BANGALORE, THURSDAY.atTime(9, 0), 7, 30, bookings, 2))
                .extracting(Slot::start).containsExactly(THURSDAY.atTime(10, 0), THURSDAY.atTime(14, 0));
    }

    @Test
    void aDurationMustBePositive() {
        assertThatThrownBy(() -> finder.freeSlots(rao(30), BANGALORE, THURSDAY, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.clinicdesk.domain.consultation;

import java.time.LocalDateTime;
import java.util.List;
import org.clinicdesk.domain.common.ClinicDeskException;

/**
 * The clinician already has a consultation at that time. Carries the clashing times and, once the service has looked,
 * the next free slots to offer instead.
 */
public final class SlotTakenException extends ClinicDeskException {
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH);
    private final long clinicianId;
    private final LocalDateTime clashStart;
    private final LocalDateTime clashEnd;
    private final List<Slot> alternatives;

    public SlotTakenException(long clinicianId, LocalDateTime clashStart, LocalDateTime clashEnd, List<Slot> alternatives) {
        super(message(clashStart, clashEnd, alternatives));
        this.clinicianId = clinicianId;
        this.clashStart = clashStart;
        this.clashEnd = clashEnd;
        this.alternatives = List.copyOf(alternatives);
    }

    private static String message(LocalDateTime start, LocalDateTime end, List<Slot> alternatives) {
        String clash = start == null ? "another consultation at that time"
                : "another consultation from " + start.toLocalTime() + " to " + end.toLocalTime() + " on " + DAY.format(start);
        String then = alternatives.isEmpty() ? " Choose another time."
                : " The next free time is " + DAY.format(alternatives.getFirst().start()) + " at "
                        + alternatives.getFirst().start().toLocalTime() + ".";
        return "Not booked: the clinician already has " + clash + "." + then;
    }

    public SlotTakenException withAlternatives(List<Slot> slots) {
        return new SlotTakenException(clinicianId, clashStart, clashEnd, slots);
    }

    public long clinicianId() {
        return clinicianId;
    }

    public LocalDateTime clashStart() {
        return clashStart;
    }

    public LocalDateTime clashEnd() {
        return clashEnd;
    }

    public List<Slot> alternatives() {
        return alternatives;
    }
}

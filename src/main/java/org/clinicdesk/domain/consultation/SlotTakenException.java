package org.clinicdesk.domain.consultation;

import java.time.LocalDateTime;
import java.util.List;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.common.UserMessage;

/**
 * The clinician already has a consultation at that time. Carries the clashing times and, once the service has looked,
 * the next free slots to offer instead.
 */
public final class SlotTakenException extends ClinicDeskException {
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

    private static UserMessage message(LocalDateTime start, LocalDateTime end, List<Slot> alternatives) {
        if (alternatives.isEmpty()) {
            return start == null ? UserMessage.of("consultation.error.slotTaken")
                    : UserMessage.of("consultation.error.slotTaken.from", time(start), time(end), day(start));
        }
        LocalDateTime next = alternatives.getFirst().start();
        return start == null ? UserMessage.of("consultation.error.slotTaken.next", day(next), time(next))
                : UserMessage.of("consultation.error.slotTaken.from.next", time(start), time(end), day(start),
                        day(next), time(next));
    }

    private static String time(LocalDateTime at) {
        return at.toLocalTime().toString();
    }

    private static String day(LocalDateTime at) {
        return DateFormats.WEEKDAY_DAY.format(at);
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

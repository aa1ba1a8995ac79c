package org.clinicdesk.domain.consultation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a consultation stands, and the table of moves the desk may make: booked → confirmed → arrived → completed, or
 * no-show, cancelled, rescheduled. A wrong move is put right with an undo on the same day, not by another move.
 */
public enum ConsultationStatus {
    BOOKED, CONFIRMED, ARRIVED, COMPLETED, NO_SHOW, CANCELLED, RESCHEDULED;

    private static final Map<ConsultationStatus, EnumSet<ConsultationStatus>> NEXT = new EnumMap<>(ConsultationStatus.class);

    static {
        NEXT.put(BOOKED, EnumSet.of(CONFIRMED, ARRIVED, NO_SHOW, CANCELLED, RESCHEDULED));
        NEXT.put(CONFIRMED, EnumSet.of(ARRIVED, NO_SHOW, CANCELLED, RESCHEDULED));
        // someone who arrived and left before being seen is cancelled, with the reason
        NEXT.put(ARRIVED, EnumSet.of(COMPLETED, CANCELLED));
        NEXT.put(COMPLETED, EnumSet.noneOf(ConsultationStatus.class));
        NEXT.put(NO_SHOW, EnumSet.noneOf(ConsultationStatus.class));
        NEXT.put(CANCELLED, EnumSet.noneOf(ConsultationStatus.class));
        NEXT.put(RESCHEDULED, EnumSet.noneOf(ConsultationStatus.class));
    }

    /** The statuses this one may move to. */
    public Set<ConsultationStatus> next() {
        return EnumSet.copyOf(NEXT.get(this));
    }

    public boolean canMoveTo(ConsultationStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** Why this move is refused, in words for the desk; empty when it is allowed. */
    public Optional<String> refusal(ConsultationStatus target) {
        if (canMoveTo(target)) {
            return Optional.empty();
        }
        if (target == this) {
            return Optional.of("This consultation is already " + label() + ".");
        }
        if (isFinal()) {
            return Optional.of("This consultation is " + label() + "; it cannot become " + target.label()
                    + ". If it was marked by mistake today, use Undo.");
        }
        if (target == COMPLETED) {
            return Optional.of("Mark the person as arrived before marking the consultation completed.");
        }
        if (this == ARRIVED) {
            return Optional.of("The person has arrived; the consultation can only be completed or cancelled now.");
        }
        return Optional.of("A consultation that is " + label() + " cannot become " + target.label() + ".");
    }

    /** True while the consultation holds its clinician's time (a no-show, cancelled or rescheduled one frees it). */
    public boolean holdsSlot() {
        return this != NO_SHOW && this != CANCELLED && this != RESCHEDULED;
    }

    /** True when no further move is possible (only an undo). */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** Still to come to the desk today: booked or confirmed. */
    public boolean isExpected() {
        return this == BOOKED || this == CONFIRMED;
    }

    /** Plain lower-case word for messages ("no-show"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

package org.clinicdesk.domain.enquiry;

import java.time.Instant;

/**
 * One line of an enquiry's history: what happened ({@code code}: CREATED, STATUS, CONTACT_CALL, CONSULTATION, ...),
 * details, when, and who did it (null when unknown).
 */
public record TimelineEntry(Instant at, Kind kind, String code, String detail, String who) {
    public enum Kind {
        CREATED, CHANGED, STATUS, CONTACT, CONSENT, CONSULTATION, HANDOUT, OTHER;

        public static Kind ofEventCode(String code) {
            if (code.startsWith("CONTACT_")) {
                return CONTACT;
            }
            if (code.startsWith("CONSENT")) {
                return CONSENT;
            }
            return switch (code) {
                case "CREATED" -> CREATED;
                case "CHANGED" -> CHANGED;
                case "STATUS" -> STATUS;
                default -> OTHER;
            };
        }
    }
}

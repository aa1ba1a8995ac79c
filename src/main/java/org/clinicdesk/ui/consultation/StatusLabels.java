package org.clinicdesk.ui.consultation;

import java.util.Locale;
import org.clinicdesk.domain.common.PhoneNumber;
import org.clinicdesk.domain.consultation.ConsultationMode;
import org.clinicdesk.domain.consultation.ConsultationStatus;
import org.clinicdesk.ui.common.Messages;

/** Words and style classes for statuses and modes: every status is shown in colour and in words, never colour alone. */
public final class StatusLabels {

    private StatusLabels() {
    }

    public static String text(ConsultationStatus status) {
        return Messages.get(key(status));
    }

    /** The messages key of a status; every status has one (StatusLabelsTest). */
    static String key(ConsultationStatus status) {
        return "consultation.status." + status.name();
    }

    static String key(ConsultationMode mode) {
        return "consultation.mode." + mode.name();
    }

    /** Style class "status-booked", "status-no-show", ... defined in clinicdesk.css. */
    public static String styleClass(ConsultationStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String mode(ConsultationMode mode) {
        return Messages.get(key(mode));
    }

    /** "+91 98450 12345" for display; what was stored if it does not parse. */
    public static String phone(String e164) {
        return e164 == null || e164.isBlank() ? "" : new PhoneNumber(e164).formatted();
    }
}

package org.clinicdesk.domain.consultation;

import java.time.Instant;
import java.time.LocalDate;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;

/**
 * Moves consultations along the status table (confirmed, arrived, completed, no-show, cancelled), records failed
 * confirmation calls, and undoes a wrong move made the same day.
 */
public final class ConsultationStatusService {
    private final ConsultationService consultations;
    private final ConsultationRepository repository;
    private final Transactions transactions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    public ConsultationStatusService(ConsultationService consultations, ConsultationRepository repository,
                                     Transactions transactions, CurrentUser currentUser, AuditLog audit) {
        this.consultations = consultations;
        this.repository = repository;
        this.transactions = transactions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Confirmed, arrived, completed or no-show. Cancelling needs a reason: {@link #cancel}. */
    public Consultation move(long id, ConsultationStatus to) {
        if (to == ConsultationStatus.CANCELLED || to == ConsultationStatus.RESCHEDULED || to == ConsultationStatus.BOOKED) {
            throw new IllegalArgumentException("use cancel, reschedule or undo for " + to);
        }
        return change(id, to, null);
    }

    public Consultation cancel(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("cancelReason", UserMessage.of("consultation.error.sayWhyConsultationCancelled"));
        }
        return change(id, ConsultationStatus.CANCELLED, reason.strip());
    }

    private Consultation change(long id, ConsultationStatus to, String reason) {
        currentUser.require(Permission.BOOK_CONSULTATION, "action.changeConsultationStatus");
        Consultation c = consultations.existing(id);
        c.status().refusal(to).ifPresent(why -> {
            throw new ClinicDeskException(why);
        });
        LocalDate today = consultations.today();
        boolean needsTheDay = to == ConsultationStatus.ARRIVED || to == ConsultationStatus.COMPLETED
                || to == ConsultationStatus.NO_SHOW;
        if (needsTheDay && c.day().isAfter(today)) {
            throw new ClinicDeskException(UserMessage.of("consultation.error.consultationMarkedDay", c.day(), to.label()));
        }
        return transactions.inTransaction(() -> {
            Instant now = consultations.localClock().instant();
            Consultation changed = repository.changeStatus(id, c.version(), to, c.status(), reason, now);
            audit.record(AuditAction.STATUS_CHANGE, ConsultationService.ENTITY, id, c.status() + " → " + to);
            String timeline = switch (to) {
                case COMPLETED -> "Consultation completed: ";
                case NO_SHOW -> "Did not come to the consultation: ";
                case CANCELLED -> "Consultation cancelled (" + reason + "): ";
                default -> null;
            };
            if (timeline != null) {
                repository.addEnquiryEvent(c.enquiryId(), "CONSULTATION", timeline + consultations.describe(c), now);
            }
            return changed;
        });
    }

    /** Puts back the status a consultation had before its last change, if that change was made today. */
    public Consultation undo(long id) {
        currentUser.require(Permission.BOOK_CONSULTATION, "action.undoStatusChange");
        Consultation c = consultations.existing(id);
        if (c.previousStatus() == null || c.statusChangedAt() == null) {
            throw new ClinicDeskException(UserMessage.of("consultation.error.thereStatusChangeUndo"));
        }
        LocalDate changedOn = LocalDate.ofInstant(c.statusChangedAt(), consultations.zone());
        if (!changedOn.equals(consultations.today())) {
            throw new ClinicDeskException(UserMessage.of("consultation.error.onlyChangeMadeToday", changedOn));
        }
        if (c.status() == ConsultationStatus.RESCHEDULED) {
            throw new ClinicDeskException(UserMessage.of("consultation.error.rescheduleUndoneCancelNew"));
        }
        return transactions.inTransaction(() -> {
            Instant now = consultations.localClock().instant();
            Consultation restored = repository.changeStatus(id, c.version(), c.previousStatus(), null, null, now);
            audit.record(AuditAction.STATUS_CHANGE, ConsultationService.ENTITY, id,
                    "undo " + c.status() + " → " + c.previousStatus());
            if (c.status() == ConsultationStatus.COMPLETED || c.status() == ConsultationStatus.NO_SHOW
                    || c.status() == ConsultationStatus.CANCELLED) {
                repository.addEnquiryEvent(c.enquiryId(), "CONSULTATION", "Marked " + c.status().label()
                        + " by mistake; now " + c.previousStatus().label() + " again: " + consultations.describe(c), now);
            }
            return restored;
        });
    }

    /** Records that the person could not be reached to confirm (the consultation stays as it is). */
    public Consultation markUnreachable(long id) {
        currentUser.require(Permission.BOOK_CONSULTATION, "action.recordConfirmationCall");
        Consultation c = consultations.existing(id);
        if (!c.status().isExpected()) {
            throw new ClinicDeskException(UserMessage.of("consultation.error.onlyBookedConfirmedConsultation"));
        }
        return transactions.inTransaction(() -> {
            Instant now = consultations.localClock().instant();
            Consultation marked = repository.markUnreachable(id, now);
            audit.record(AuditAction.CHANGE, ConsultationService.ENTITY, id, "unreachable for confirmation");
            repository.addEnquiryEvent(c.enquiryId(), "CONTACT", "Could not reach to confirm the consultation on "
                    + c.day(), now);
            return marked;
        });
    }
}

package org.clinicdesk.domain.consultation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;

/** Clinicians, their hours and leave: read by everyone, changed by managers. Deactivated, never deleted. */
public final class ClinicianService {
    static final String ENTITY = "clinician";
    private final ClinicianRepository repository;
    private final Transactions transactions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    public ClinicianService(ClinicianRepository repository, Transactions transactions, CurrentUser currentUser,
                            AuditLog audit) {
        this.repository = repository;
        this.transactions = transactions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public List<Clinician> all() {
        return repository.findAll();
    }

    public List<Clinician> active() {
        return repository.findAll().stream().filter(Clinician::active).toList();
    }

    /** Active clinicians with hours at this centre. */
    public List<Clinician> activeAt(long centreId) {
        return active().stream().filter(c -> c.worksAt(centreId)).toList();
    }

    public Optional<Clinician> find(long id) {
        return repository.find(id);
    }

    public Clinician save(Clinician clinician) {
        currentUser.require(Permission.MANAGE_SETTINGS, "action.changeCliniciansHours");
        Map<String, String> errors = errors(clinician);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return transactions.inTransaction(() -> {
            Clinician saved = repository.save(clinician);
            audit.record(clinician.isNew() ? AuditAction.CREATE : AuditAction.CHANGE, ENTITY, saved.id(),
                    saved.hours().size() + " weekly hours, " + saved.leaveDays().size() + " leave days, slot "
                            + saved.slotMinutes() + " min, " + (saved.active() ? "active" : "inactive"));
            return saved;
        });
    }

    public Clinician deactivate(Clinician clinician) {
        return save(clinician.withActive(false));
    }

    static Map<String, String> errors(Clinician c) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.name().isBlank()) {
            errors.put("clinicianName", "Enter the clinician's name.");
        }
        if (c.slotMinutes() < 5 || c.slotMinutes() > 240) {
            errors.put("slotMinutes", "The slot length must be between 5 and 240 minutes.");
        }
        for (int i = 0; i < c.hours().size(); i++) {
            WeeklyHours h = c.hours().get(i);
            if (!h.from().isBefore(h.to())) {
                errors.put("hours", "Hours on " + dayName(h) + " end before they start (" + h.from() + "–" + h.to() + ").");
                break;
            }
            for (int j = i + 1; j < c.hours().size(); j++) {
                if (h.overlaps(c.hours().get(j))) {
                    errors.put("hours", "Two stretches of hours overlap on " + dayName(h)
                            + ": a clinician is in one place at a time.");
                    break;
                }
            }
        }
        return errors;
    }

    private static String dayName(WeeklyHours h) {
        return h.day().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }
}

package org.clinicdesk.domain.clinic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.common.PhoneNumber;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;
import org.clinicdesk.domain.staff.PermissionDeniedException;

/** The clinic's set-up: first start, centres, conditions, and which centre this desk is at. */
public final class ClinicService {
    static final String DESK_CENTRE = "desk.centre_id";

    private final ClinicRepository repository;
    private final Transactions transactions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    public ClinicService(ClinicRepository repository, Transactions transactions, CurrentUser currentUser, AuditLog audit) {
        this.repository = repository;
        this.transactions = transactions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** True until the first start has recorded the clinic and its first centre. */
    public boolean needsFirstStart() {
        return repository.findClinic().isEmpty() || repository.findCentres().isEmpty();
    }

    /** Records the clinic and its first centre, and makes that centre this desk's; all or nothing. */
    public Centre completeFirstStart(String clinicName, Centre firstCentre) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (clinicName == null || clinicName.isBlank()) {
            errors.put("clinicName", "Enter the clinic's name.");
        }
        errors.putAll(centreErrors(firstCentre));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Centre normalised = normalise(firstCentre);
        return transactions.inTransaction(() -> {
            if (!needsFirstStart()) {
                // nobody is signed in at the first start: once it is done, only a manager changes the clinic
                throw new PermissionDeniedException(UserMessage.of("clinic.error.alreadySetUp"));
            }
            repository.saveClinic(repository.findClinic().map(c -> c.withName(clinicName)).orElse(Clinic.named(clinicName)));
            Centre saved = repository.saveCentre(normalised);
            repository.saveSetting(DESK_CENTRE, Long.toString(saved.id()));
            audit.record(AuditAction.CREATE, "clinic", 1L, "clinic and first centre #" + saved.id() + " set up");
            return saved;
        });
    }

    public Optional<Clinic> clinic() {
        return repository.findClinic();
    }

    public void saveClinic(Clinic clinic) {
        currentUser.require(Permission.MANAGE_SETTINGS, "action.changeClinicSettings");
        if (clinic.name().isBlank()) {
            throw new ValidationException("clinicName", UserMessage.of("clinic.error.enterClinicSName"));
        }
        if (clinic.idleLockMinutes() < 1 || clinic.idleLockMinutes() > 240) {
            throw new ValidationException("idleLockMinutes", UserMessage.of("clinic.error.screenLockTimeMust"));
        }
        if (clinic.retentionMonths() != null && (clinic.retentionMonths() < 1 || clinic.retentionMonths() > 600)) {
            throw new ValidationException("retentionMonths", UserMessage.of("clinic.error.keepEnquiriesBetweenMonths"));
        }
        transactions.inTransaction(() -> {
            repository.saveClinic(clinic);
            audit.record(AuditAction.CHANGE, "clinic", 1L, "clinic settings saved");
        });
    }

    public List<Centre> centres() {
        return repository.findCentres();
    }

    public Centre saveCentre(Centre centre) {
        currentUser.require(Permission.MANAGE_SETTINGS, "action.changeCentres");
        Map<String, String> errors = centreErrors(centre);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!centre.videoLink().isEmpty() && !centre.videoLink().matches("(?i)https?://\\S+")) {
            throw new ValidationException("centreVideoLink", UserMessage.of("clinic.error.videoLink"));
        }
        boolean duplicate = repository.findCentres().stream()
                .anyMatch(c -> c.id() != centre.id() && c.name().equalsIgnoreCase(centre.name()));
        if (duplicate) {
            throw new ValidationException("centreName", UserMessage.of("clinic.error.thereAlreadyCentreCalled", centre.name()));
        }
        return transactions.inTransaction(() -> {
            Centre saved = repository.saveCentre(normalise(centre));
            audit.record(centre.isNew() ? AuditAction.CREATE : AuditAction.CHANGE, "centre", saved.id(),
                    saved.active() ? "centre saved" : "centre saved, inactive");
            return saved;
        });
    }

    /** The centre this desk is at: the one chosen in Settings, else the first active centre. */
    public Optional<Centre> deskCentre() {
        List<Centre> centres = repository.findCentres();
        Optional<Long> chosen = repository.setting(DESK_CENTRE).map(Long::parseLong);
        return chosen.flatMap(id -> centres.stream().filter(c -> c.id() == id).findFirst())
                .or(() -> centres.stream().filter(Centre::active).findFirst());
    }

    public void chooseDeskCentre(Centre centre) {
        currentUser.require(Permission.MANAGE_SETTINGS, "action.chooseThisDeskCentre");
        transactions.inTransaction(() -> {
            repository.saveSetting(DESK_CENTRE, Long.toString(centre.id()));
            audit.record(AuditAction.CHANGE, "setting", null, "this desk's centre set to centre #" + centre.id());
        });
    }

    public List<MedicalCondition> conditions() {
        return repository.findConditions();
    }

    public MedicalCondition saveCondition(MedicalCondition condition) {
        currentUser.require(Permission.MANAGE_SETTINGS, "action.changeListConditions");
        if (condition.name().isBlank()) {
            throw new ValidationException("conditionName", UserMessage.of("clinic.error.enterConditionSName"));
        }
        boolean duplicate = repository.findConditions().stream()
                .anyMatch(c -> c.id() != condition.id() && c.name().equalsIgnoreCase(condition.name()));
        if (duplicate) {
            throw new ValidationException("conditionName", UserMessage.of("clinic.error.thereAlreadyConditionCalled", condition.name()));
        }
        return transactions.inTransaction(() -> {
            MedicalCondition saved = repository.saveCondition(condition);
            audit.record(condition.id() == 0 ? AuditAction.CREATE : AuditAction.CHANGE, "medical_condition", saved.id(),
                    saved.active() ? "condition saved" : "condition saved, inactive");
            return saved;
        });
    }

    private static Map<String, String> centreErrors(Centre centre) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (centre == null) {
            errors.put("centreName", "Enter the centre's name.");
            return errors;
        }
        if (centre.name().isBlank()) {
            errors.put("centreName", "Enter the centre's name.");
        }
        if (centre.city().isBlank()) {
            errors.put("centreCity", "Enter the city the centre is in.");
        }
        checkPhone(centre.phone(), "centrePhone", errors);
        checkPhone(centre.whatsapp(), "centreWhatsapp", errors);
        return errors;
    }

    private static void checkPhone(String phone, String field, Map<String, String> errors) {
        try {
            PhoneNumber.parseOptional(phone, field);
        } catch (ValidationException e) {
            errors.putAll(e.fieldErrors());
        }
    }

    private static Centre normalise(Centre c) {
        PhoneNumber phone = PhoneNumber.parseOptional(c.phone(), "centrePhone");
        PhoneNumber whatsapp = PhoneNumber.parseOptional(c.whatsapp(), "centreWhatsapp");
        return new Centre(c.id(), c.name(), c.city(), c.address(), phone == null ? "" : phone.e164(),
                whatsapp == null ? "" : whatsapp.e164(), c.whatsappTemplate(), c.mapLink(), c.active(), c.videoLink());
    }
}

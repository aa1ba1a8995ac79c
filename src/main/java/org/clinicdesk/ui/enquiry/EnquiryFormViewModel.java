package org.clinicdesk.ui.enquiry;

import java.time.Year;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.enquiry.ConcurrentChangeException;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryService;
import org.clinicdesk.domain.enquiry.EnquiryValidator;
import org.clinicdesk.domain.enquiry.MatchReason;
import org.clinicdesk.domain.enquiry.ReturningCaller;
import org.clinicdesk.ui.common.DialogService;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.ProblemList;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * One enquiry being recorded or edited: the fields as typed, validation as the user types, earlier enquiries that may
 * be the same person, and saving with optimistic locking. A failed save keeps everything typed.
 */
public final class EnquiryFormViewModel {
    /** The fields in the order the form shows them: a refused save names them, and goes to the first, in this order. */
    public static final List<String> FIELD_ORDER = List.of(EnquiryValidator.FULL_NAME, EnquiryValidator.PHONE,
            EnquiryValidator.PHONE_ALT, EnquiryValidator.EMAIL, EnquiryValidator.AGE, EnquiryValidator.BIRTH_YEAR,
            EnquiryValidator.CHANNEL, EnquiryValidator.REFERRER, EnquiryValidator.CENTRE, EnquiryValidator.NOTES,
            EnquiryValidator.CONSENT);
    private final EnquiryService service;
    private final ClinicService clinic;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final EnquiryFields fields = new EnquiryFields();
    private final FormErrors errors = new FormErrors();
    private final Set<String> touched = new HashSet<>();
    private final ReadOnlyObjectWrapper<Enquiry> stored = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final ObservableList<ReturningCaller> matches = FXCollections.observableArrayList();
    private final ObservableList<Centre> centres = FXCollections.observableArrayList();
    private final ObservableList<MedicalCondition> conditions = FXCollections.observableArrayList();
    private final Set<Long> dismissed = new HashSet<>();
    private final ReadOnlyIntegerWrapper refusedSaves = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private Centre deskCentre;
    private long matchGeneration;
    private boolean loadingFields;

    public EnquiryFormViewModel(EnquiryService service, ClinicService clinic, TaskRunner tasks, DialogService dialogs) {
        this.service = service;
        this.clinic = clinic;
        this.tasks = tasks;
        this.dialogs = dialogs;
        fields.onEdit(name -> {
            if (!loadingFields) {
                touched.add(name);
                dirty.set(true);
                validate();
            }
        });
    }

    /** Loads centres, conditions and this desk's centre, then starts a new enquiry. */
    public void loadReferenceData(Runnable then) {
        tasks.run(() -> new Object[] {clinic.centres(), clinic.conditions(), clinic.deskCentre().orElse(null)}, data -> {
            @SuppressWarnings("unchecked") List<Centre> c = (List<Centre>) data[0];
            @SuppressWarnings("unchecked") List<MedicalCondition> m = (List<MedicalCondition>) data[1];
            centres.setAll(c.stream().filter(Centre::active).toList());
            conditions.setAll(m.stream().filter(MedicalCondition::active).toList());
            deskCentre = (Centre) data[2];
            newEnquiry();
            then.run();
        }, errors::show);
    }

    /** An empty form at this desk's centre. */
    public void newEnquiry() {
        show(null);
    }

    /** Opens a stored enquiry in the form. */
    public void open(long id) {
        tasks.run(() -> service.find(id).orElse(null), found -> {
            if (found != null) {
                show(found);
            }
        }, errors::show);
    }

    private void show(Enquiry e) {
        loadingFields = true;
        try {
            fields.fill(e, e == null ? deskCentre : centreById(e.centreId()));
        } finally {
            loadingFields = false;
        }
        stored.set(e);
        touched.clear();
        errors.clear();
        matches.clear();
        dismissed.clear();
        checking.set(false);
        dirty.set(false);
        if (e != null) {
            loadMatchCheck(e);
        }
    }

    /**
     * A saved enquiry flagged for a look shows its undecided matches again, to decide now: same-phone ones, and the
     * similar names an import flagged.
     */
    private void loadMatchCheck(Enquiry e) {
        long id = e.id();
        long person = e.personId() == null ? id : e.personId();
        tasks.run(() -> service.openMatchCheck(id).map(check -> service.returningCallers(e.phone(), e.phoneAlt(),
                        e.fullName(), id).stream().filter(m -> m.personId() != person && (m.reason() == MatchReason.PHONE
                        || check.matchedIds().contains(m.enquiry().id()))).toList())
                .orElse(List.of()), found -> {
                    if (stored.get() != null && stored.get().id() == id && !found.isEmpty()) {
                        checking.set(true);
                        matches.setAll(found);
                    }
                }, failure -> { });
    }

    /** Closes the flag of the enquiry on screen: linked to {@code samePersonAs}, or (null) the matches are someone else. */
    private void resolveCheck(Long samePersonAs) {
        long id = stored.get().id();
        tasks.run(() -> service.resolveMatchCheck(id, samePersonAs), saved -> {
            if (stored.get() != null && stored.get().id() == id) {
                show(saved);
            }
        }, errors::show);
    }

    /** Takes a stored enquiry changed by another command (status, contact) without touching what is typed. */
    void applyStored(Enquiry e) {
        stored.set(e);
        loadingFields = true;
        try {
            fields.nextFollowUp().set(e.nextFollowUp());
        } finally {
            loadingFields = false;
        }
    }

    private Centre centreById(long id) {
        return centres.stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    /** Checks the fields the user has touched (all of them after a save attempt) and shows the messages beside them. */
    public boolean validate() {
        Map<String, String> all = new LinkedHashMap<>(fields.numberErrors());
        all.putAll(EnquiryValidator.errors(fields.draft(stored.get()), Year.now()));
        Map<String, String> shown = new LinkedHashMap<>();
        all.forEach((field, message) -> {
            if (touched.contains(field) || touched.contains("*")) {
                shown.put(field, message);
            }
        });
        errors.set(shown);
        if (shown.isEmpty()) {
            errors.form().set("");
        }
        return all.isEmpty();
    }

    /** Looks for earlier enquiries with the phone or a similar name (new enquiries only); the view debounces calls. */
    public void lookUpReturningCallers() {
        if (stored.get() != null) {
            return;
        }
        long mine = ++matchGeneration;
        String phone = fields.phone().get();
        String alt = fields.phoneAlt().get();
        String name = fields.fullName().get();
        tasks.run(() -> service.returningCallers(phone, alt, name, 0), found -> {
            List<ReturningCaller> shown = found.stream().filter(m -> !dismissed.contains(m.enquiry().id()))
                    .filter(m -> fields.personId().get() == null || m.personId() != fields.personId().get()).toList();
            if (mine == matchGeneration && !shown.equals(matches)) {
                matches.setAll(shown);
            }
        }, failure -> { });
    }

    /** "Same person": the new enquiry joins the earlier one's person. */
    public void samePerson(ReturningCaller match) {
        if (checking.get()) {
            resolveCheck(match.enquiry().id());
            return;
        }
        fields.personId().set(match.personId());
        dirty.set(true);
        matches.removeIf(m -> m.personId() == match.personId());
    }

    /** "Someone else" (families share phones): the match goes away and nothing is linked. */
    public void someoneElse(ReturningCaller match) {
        dismissed.add(match.enquiry().id());
        matches.remove(match);
        if (checking.get() && matches.isEmpty()) {
            resolveCheck(null);
        }
    }

    public void unlinkPerson() {
        fields.personId().set(stored.get() == null ? null : stored.get().id());
    }

    /** Saves; on success calls {@code onSaved}; on failure keeps every field and shows what to fix. */
    public void save(Consumer<Enquiry> onSaved) {
        if (saving.get()) {
            return;
        }
        touched.add("*");
        if (!validate()) {
            refuse();
            return;
        }
        Enquiry draft = fields.draft(stored.get());
        saving.set(true);
        Set<Long> someoneElse = Set.copyOf(dismissed);
        tasks.run(() -> service.save(draft, someoneElse), saved -> {
            saving.set(false);
            show(saved);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ConcurrentChangeException conflict) {
                resolveConflict(conflict.current(), onSaved);
            } else {
                errors.show(failure);
                if (!errors.fields().isEmpty()) {
                    refuse();
                }
            }
        });
    }

    /** A refused save says which fields need attention, in form order; the view then goes to the first. */
    private void refuse() {
        errors.form().set(Messages.format("enquiry.notSaved", ProblemList.names(errors.fields(), FIELD_ORDER,
                "enquiry.field.")));
        refusedSaves.set(refusedSaves.get() + 1);
    }

    /** Counts refused saves; the view scrolls to and focuses the first field that needs attention on each. */
    public ReadOnlyIntegerProperty refusedSavesProperty() {
        return refusedSaves.getReadOnlyProperty();
    }

    /** Shows what the other desk changed; keeps what this desk typed, takes their changes to fields it left alone. */
    private void resolveConflict(Enquiry theirs, Consumer<Enquiry> onSaved) {
        Enquiry base = stored.get();
        String changes = fields.describeChanges(base, theirs, centres, conditions);
        loadingFields = true;
        try {
            fields.takeUntouched(base, theirs, centreById(theirs.centreId()));
        } finally {
            loadingFields = false;
        }
        stored.set(theirs);
        errors.form().set(Messages.get("enquiry.conflict.kept"));
        if (dialogs.confirm(Messages.get("enquiry.conflict.title"), Messages.format("enquiry.conflict.message", changes))) {
            save(onSaved);
        }
    }

    public EnquiryFields fields() {
        return fields;
    }

    public FormErrors errors() {
        return errors;
    }

    public ReadOnlyObjectProperty<Enquiry> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** True while the saved enquiry on screen is flagged for a look and its matches wait for a decision. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ObservableList<ReturningCaller> matches() {
        return matches;
    }

    public ObservableList<Centre> centres() {
        return centres;
    }

    public ObservableList<MedicalCondition> conditions() {
        return conditions;
    }
}

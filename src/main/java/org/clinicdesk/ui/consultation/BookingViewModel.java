package org.clinicdesk.ui.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.consultation.Clinician;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.domain.consultation.ConsultationMode;
import org.clinicdesk.domain.consultation.ConsultationService;
import org.clinicdesk.domain.consultation.EnquiryContact;
import org.clinicdesk.domain.consultation.NewConsultation;
import org.clinicdesk.domain.consultation.Slot;
import org.clinicdesk.domain.consultation.SlotTakenException;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * Booking a consultation: for an enquiry (found by name or phone, or given), or a quick walk-in; centre, clinician,
 * mode, duration, and the free slots of the chosen day and the days after. Also moves an existing one (reschedule).
 */
public final class BookingViewModel {
    static final int DAYS_SHOWN = 7;
    static final int SLOTS_SHOWN = 60;
    private final ConsultationService service;
    private final TaskRunner tasks;

    private final BooleanProperty walkIn = new SimpleBooleanProperty(false);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<EnquiryContact> matches = FXCollections.observableArrayList();
    private final ObjectProperty<EnquiryContact> enquiry = new SimpleObjectProperty<>();
    private final StringProperty walkInName = new SimpleStringProperty("");
    private final StringProperty walkInPhone = new SimpleStringProperty("");
    /** How the walk-in agreed that the clinic keeps their phone: staff choose it; none chosen, nothing is booked. */
    private final ObjectProperty<ConsentMethod> walkInConsent = new SimpleObjectProperty<>();
    private final ObservableList<Centre> centres = FXCollections.observableArrayList();
    private final ObjectProperty<Centre> centre = new SimpleObjectProperty<>();
    private final ObservableList<Clinician> allClinicians = FXCollections.observableArrayList();
    private final ObservableList<Clinician> clinicians = FXCollections.observableArrayList();
    private final ObjectProperty<Clinician> clinician = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsultationMode> mode = new SimpleObjectProperty<>(ConsultationMode.IN_PERSON);
    private final ObjectProperty<Integer> duration = new SimpleObjectProperty<>(30);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<Slot> slots = FXCollections.observableArrayList();
    private final ObjectProperty<Slot> slot = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty slotsNote = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();
    private Consultation rescheduling;
    private LocalDateTime preferred;

    public BookingViewModel(ConsultationService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
        centre.addListener((obs, old, now) -> clinicianChoices());
        clinician.addListener((obs, old, now) -> {
            if (now != null && rescheduling == null) {
                duration.set(now.slotMinutes());
            }
            refreshSlots();
        });
        duration.addListener((obs, old, now) -> refreshSlots());
        day.addListener((obs, old, now) -> refreshSlots());
    }

    /**
     * Fills the form. Any argument may be null: an enquiry to book for, the centre and day shown, a clinician and a
     * time the desk pointed at.
     */
    public void start(Long enquiryId, Long centreId, LocalDate onDay, Long clinicianId, LocalDateTime at) {
        preferred = at;
        tasks.run(() -> new Setup(service.centres(), service.clinicians(), service.deskCentre().orElse(null),
                enquiryId == null ? null : service.enquiry(enquiryId).orElse(null), service.today()), setup -> {
            centres.setAll(setup.centres);
            allClinicians.setAll(setup.clinicians.stream().filter(Clinician::active).toList());
            enquiry.set(setup.enquiry);
            long wanted = centreId != null ? centreId : setup.enquiry != null ? setup.enquiry.centreId()
                    : setup.desk != null ? setup.desk.id() : -1;
            day.set(onDay != null && !onDay.isBefore(setup.today) ? onDay : setup.today);
            centre.set(setup.centres.stream().filter(c -> c.id() == wanted).findFirst()
                    .orElse(setup.centres.isEmpty() ? null : setup.centres.getFirst()));
            if (clinicianId != null) {
                clinicians.stream().filter(c -> c.id() == clinicianId).findFirst().ifPresent(clinician::set);
            }
        }, errors::show);
    }

    /** Moving an existing consultation: same person and centre, a new time (and perhaps clinician). */
    public void startReschedule(Consultation c) {
        rescheduling = c;
        duration.set(c.durationMinutes());
        mode.set(c.mode());
        start(c.enquiryId(), c.centreId(), c.day(), c.clinicianId(), null);
    }

    public boolean isRescheduling() {
        return rescheduling != null;
    }

    private void clinicianChoices() {
        Centre c = centre.get();
        clinicians.setAll(c == null ? List.of() : allClinicians.stream().filter(x -> x.worksAt(c.id())).toList());
        if (c == null) {
            clinician.set(null);
            return;
        }
        Clinician keep = clinician.get();
        // prefer someone who sees patients here on the chosen day
        Clinician working = clinicians.stream().filter(x -> day.get() != null && !x.hoursOn(day.get(), c.id()).isEmpty())
                .findFirst().orElse(clinicians.isEmpty() ? null : clinicians.getFirst());
        clinician.set(keep != null && clinicians.contains(keep) ? keep : working);
        refreshSlots();
    }

    public void searchEnquiries() {
        String text = search.get();
        tasks.run(() -> service.searchEnquiries(text), found -> {
            if (text.equals(search.get())) {
                matches.setAll(found);
            }
        }, errors::show);
    }

    /** Free slots of the chosen clinician at the chosen centre from the chosen day over the following week. */
    public void refreshSlots() {
        Clinician c = clinician.get();
        Centre where = centre.get();
        LocalDate from = day.get();
        Integer minutes = duration.get();
        if (c == null || where == null || from == null || minutes == null || minutes <= 0) {
            slots.clear();
            slotsNote.set(c == null && where != null ? Messages.get("booking.noClinician") : "");
            return;
        }
        tasks.run(() -> service.freeSlots(c.id(), where.id(), from, DAYS_SHOWN, minutes, SLOTS_SHOWN), found -> {
            if (c == clinician.get() && where == centre.get() && from.equals(day.get())) {
                Slot keep = slot.get();
                slots.setAll(found);
                if (keep == null && preferred != null) {
                    keep = found.stream().filter(s -> s.start().equals(preferred)).findFirst().orElse(null);
                    preferred = null;
                }
                slot.set(keep != null && found.contains(keep) ? keep : null);
                slotsNote.set(found.isEmpty() ? Messages.format("booking.noSlots", c.name(), DAYS_SHOWN) : "");
            }
        }, errors::show);
    }

    /** Books the chosen slot; on a clash keeps everything typed, says so and lists the next free slots. */
    public void book(Consumer<Consultation> onBooked) {
        errors.clear();
        Slot chosen = slot.get();
        Centre where = centre.get();
        Clinician who = clinician.get();
        if (chosen == null || where == null || who == null) {
            errors.fields().put("slot", Messages.get("booking.chooseSlot"));
            errors.form().set(Messages.get("form.fixFields"));
            return;
        }
        if (!walkIn.get() && enquiry.get() == null && rescheduling == null) {
            errors.fields().put("enquiry", Messages.get("booking.chooseEnquiry"));
            errors.form().set(Messages.get("form.fixFields"));
            return;
        }
        NewConsultation request = new NewConsultation(enquiry.get() == null ? 0 : enquiry.get().id(), where.id(),
                who.id(), chosen.start(), duration.get(), mode.get(), notes.get(), null);
        String name = walkInName.get();
        String phone = walkInPhone.get();
        ConsentMethod consent = walkInConsent.get();
        boolean isWalkIn = walkIn.get() && rescheduling == null;
        Consultation moving = rescheduling;
        tasks.run(() -> moving != null ? service.reschedule(moving.id(), chosen.start(), who.id(), duration.get())
                : isWalkIn ? service.bookWalkIn(name, phone, consent, request) : service.book(request), onBooked, failure -> {
                    errors.show(failure);
                    if (failure instanceof SlotTakenException taken) {
                        slots.setAll(taken.alternatives());
                        slot.set(null);
                        slotsNote.set(Messages.get("booking.alternatives"));
                    }
                });
    }

    public BooleanProperty walkInProperty() {
        return walkIn;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<EnquiryContact> matches() {
        return matches;
    }

    public ObjectProperty<EnquiryContact> enquiryProperty() {
        return enquiry;
    }

    public StringProperty walkInNameProperty() {
        return walkInName;
    }

    public StringProperty walkInPhoneProperty() {
        return walkInPhone;
    }

    public ObjectProperty<ConsentMethod> walkInConsentProperty() {
        return walkInConsent;
    }

    public ObservableList<Centre> centres() {
        return centres;
    }

    public ObjectProperty<Centre> centreProperty() {
        return centre;
    }

    public ObservableList<Clinician> clinicians() {
        return clinicians;
    }

    public ObjectProperty<Clinician> clinicianProperty() {
        return clinician;
    }

    public ObjectProperty<ConsultationMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Integer> durationProperty() {
        return duration;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObservableList<Slot> slots() {
        return slots;
    }

    public ObjectProperty<Slot> slotProperty() {
        return slot;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty slotsNoteProperty() {
        return slotsNote;
    }

    public FormErrors errors() {
        return errors;
    }

    private record Setup(List<Centre> centres, List<Clinician> clinicians, Centre desk, EnquiryContact enquiry,
                         LocalDate today) {
    }
}

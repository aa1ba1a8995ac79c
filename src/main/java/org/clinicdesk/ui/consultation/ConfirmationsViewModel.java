package org.clinicdesk.ui.consultation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.common.PhoneNumber;
import org.clinicdesk.domain.consultation.Clinician;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.domain.consultation.ConsultationService;
import org.clinicdesk.domain.consultation.ConsultationStatus;
import org.clinicdesk.domain.consultation.ConsultationStatusService;
import org.clinicdesk.ui.common.ExternalLinks;
import org.clinicdesk.ui.common.FormErrors;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.TaskRunner;

/**
 * Tomorrow's consultations to confirm, at every centre: whom to ring or WhatsApp, the message to send (date, time,
 * clinician, centre address and map link), and one keystroke to mark each confirmed or unreachable.
 */
public final class ConfirmationsViewModel {
    private final ConsultationService service;
    private final ConsultationStatusService statuses;
    private final TaskRunner tasks;
    private final ExternalLinks links;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<Consultation> items = FXCollections.observableArrayList();
    private final ObjectProperty<Consultation> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty whatsappLink = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();
    private List<Centre> centres = List.of();
    private List<Clinician> clinicians = List.of();

    public ConfirmationsViewModel(ConsultationService service, ConsultationStatusService statuses, TaskRunner tasks,
                                  ExternalLinks links) {
        this.service = service;
        this.statuses = statuses;
        this.tasks = tasks;
        this.links = links;
        selected.addListener((obs, old, now) -> compose(now));
    }

    /** Loads tomorrow's list (or another day's). */
    public void load(LocalDate onDay) {
        Long keep = selected.get() == null ? null : selected.get().id();
        tasks.run(() -> {
            LocalDate d = onDay != null ? onDay : service.today().plusDays(1);
            return new Loaded(d, service.centres(), service.clinicians(),
                    service.between(d, d.plusDays(1), null, null).stream().filter(c -> c.status() != ConsultationStatus.CANCELLED
                            && c.status() != ConsultationStatus.RESCHEDULED).toList());
        }, loaded -> {
            day.set(loaded.day);
            centres = loaded.centres;
            clinicians = loaded.clinicians;
            items.setAll(loaded.items);
            selected.set(items.stream().filter(c -> keep != null && c.id() == keep).findFirst()
                    .orElse(items.stream().filter(c -> c.status() == ConsultationStatus.BOOKED).findFirst().orElse(null)));
            compose(selected.get());
        }, errors::show);
    }

    /** Opens WhatsApp with the message ready for the selected person. */
    public void openWhatsApp() {
        if (!whatsappLink.get().isEmpty()) {
            links.open(whatsappLink.get());
        }
    }

    /** Rings the selected person through the PC's phone handler (tel: link). */
    public void ring() {
        Consultation c = selected.get();
        if (c != null && c.phone() != null && !c.phone().isBlank()) {
            links.open("tel:" + c.phone());
        }
    }

    public void confirm() {
        act(c -> statuses.move(c.id(), ConsultationStatus.CONFIRMED));
    }

    public void unreachable() {
        act(c -> statuses.markUnreachable(c.id()));
    }

    private void act(java.util.function.Function<Consultation, Consultation> change) {
        Consultation c = selected.get();
        if (c == null) {
            return;
        }
        errors.clear();
        tasks.run(() -> change.apply(c), changed -> {
            int at = indexOf(changed.id());
            if (at >= 0) {
                items.set(at, changed);
            }
            // on to the next person still to confirm, so the desk can work down the list
            selected.set(items.stream().skip(Math.max(0, at + 1)).filter(x -> x.status() == ConsultationStatus.BOOKED
                    && x.unreachableAt() == null).findFirst().orElse(changed));
        }, errors::show);
    }

    private int indexOf(long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void compose(Consultation c) {
        if (c == null) {
            message.set("");
            whatsappLink.set("");
            return;
        }
        Centre centre = centres.stream().filter(x -> x.id() == c.centreId()).findFirst().orElse(null);
        String clinician = clinicianName(c.clinicianId());
        String text = Messages.format("confirm.message", c.personName(), c.start().format(DateFormats.LONG_DAY),
                c.start().toLocalTime().format(DateFormats.TIME), clinician,
                centre == null ? "" : centre.name(), centre == null ? "" : centre.address(),
                centre == null || centre.mapLink().isBlank() ? "" : centre.mapLink(),
                centre == null ? "" : StatusLabels.phone(centre.phone()));
        message.set(text.replace("\n\n\n", "\n\n").strip());
        whatsappLink.set(c.phone() == null || c.phone().isBlank() ? ""
                : "https://wa.me/" + new PhoneNumber(c.phone()).digits() + "?text="
                + URLEncoder.encode(message.get(), StandardCharsets.UTF_8).replace("+", "%20"));
    }

    public String clinicianName(long id) {
        return clinicians.stream().filter(c -> c.id() == id).map(Clinician::name).findFirst().orElse("");
    }

    public String centreName(long id) {
        return centres.stream().filter(c -> c.id() == id).map(Centre::name).findFirst().orElse("");
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObservableList<Consultation> items() {
        return items;
    }

    public ObjectProperty<Consultation> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty whatsappLinkProperty() {
        return whatsappLink;
    }

    public FormErrors errors() {
        return errors;
    }

    private record Loaded(LocalDate day, List<Centre> centres, List<Clinician> clinicians, List<Consultation> items) {
    }
}

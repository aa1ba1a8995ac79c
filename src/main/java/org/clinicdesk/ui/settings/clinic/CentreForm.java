package org.clinicdesk.ui.settings.clinic;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clinicdesk.domain.clinic.Centre;

/** The fields of the centre being edited, as typed. */
public final class CentreForm {
    private long id;
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty city = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty whatsapp = new SimpleStringProperty("");
    final StringProperty whatsappTemplate = new SimpleStringProperty("");
    final StringProperty mapLink = new SimpleStringProperty("");
    final StringProperty videoLink = new SimpleStringProperty("");
    final BooleanProperty active = new SimpleBooleanProperty(true);

    void load(Centre c) {
        id = c == null ? 0 : c.id();
        name.set(c == null ? "" : c.name());
        city.set(c == null ? "" : c.city());
        address.set(c == null ? "" : c.address());
        phone.set(c == null ? "" : c.phone());
        whatsapp.set(c == null ? "" : c.whatsapp());
        whatsappTemplate.set(c == null ? "" : c.whatsappTemplate());
        mapLink.set(c == null ? "" : c.mapLink());
        videoLink.set(c == null ? "" : c.videoLink());
        active.set(c == null || c.active());
    }

    Centre toCentre() {
        return new Centre(id, name.get(), city.get(), address.get(), phone.get(), whatsapp.get(),
                whatsappTemplate.get(), mapLink.get(), active.get(), videoLink.get());
    }

    public boolean isNew() {
        return id == 0;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty whatsappProperty() {
        return whatsapp;
    }

    public StringProperty whatsappTemplateProperty() {
        return whatsappTemplate;
    }

    public StringProperty mapLinkProperty() {
        return mapLink;
    }

    public StringProperty videoLinkProperty() {
        return videoLink;
    }

    public BooleanProperty activeProperty() {
        return active;
    }
}

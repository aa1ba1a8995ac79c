package org.clinicdesk.ui.consultation;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.consultation.Consultation;
import org.clinicdesk.domain.consultation.ConsultationMode;
import org.clinicdesk.domain.consultation.EnquiryContact;
import org.clinicdesk.domain.consultation.Slot;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.ui.common.DateFields;
import org.clinicdesk.ui.common.Messages;
import org.clinicdesk.ui.common.Styles;

/** The booking form as a dialog; stays open with everything typed when booking fails. */
final class BookingView {
    private final BookingViewModel vm;
    private final Dialog<Consultation> dialog = new Dialog<>();

    BookingView(BookingViewModel vm, Window owner) {
        this.vm = vm;
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(vm.isRescheduling() ? "booking.rescheduleTitle" : "booking.title"));
        dialog.setResizable(true);
        ButtonType bookType = new ButtonType(Messages.get(vm.isRescheduling() ? "booking.reschedule" : "booking.book"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(bookType, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().addAll(owner == null || owner.getScene() == null
                ? java.util.List.of() : owner.getScene().getStylesheets());
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefSize(780, 760);
        dialog.getDialogPane().setMinSize(700, 640);
        Button book = (Button) dialog.getDialogPane().lookupButton(bookType);
        book.setId("booking-book");
        book.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.book(booked -> {
                dialog.setResult(booked);
                dialog.close();
            });
        });
        dialog.setResultConverter(type -> null);
    }

    Optional<Consultation> showAndWait() {
        return dialog.showAndWait();
    }

    private VBox content() {
        VBox who = whoSection();
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        ComboBox<org.clinicdesk.domain.clinic.Centre> centre = new ComboBox<>(vm.centres());
        centre.setId("booking-centre");
        centre.valueProperty().bindBidirectional(vm.centreProperty());
        centre.setDisable(vm.isRescheduling());
        ComboBox<org.clinicdesk.domain.consultation.Clinician> clinician = new ComboBox<>(vm.clinicians());
        clinician.setId("booking-clinician");
        clinician.valueProperty().bindBidirectional(vm.clinicianProperty());
        ComboBox<ConsultationMode> mode = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(ConsultationMode.values()));
        mode.setId("booking-mode");
        mode.setConverter(converter(StatusLabels::mode));
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        ComboBox<Integer> duration = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(15, 20, 30, 45, 60, 90));
        duration.setId("booking-duration");
        duration.setEditable(true);
        duration.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return m == null ? "" : Messages.format("booking.minutes", m);
            }

            @Override
            public Integer fromString(String s) {
                String digits = s == null ? "" : s.replaceAll("\\D", "");
                return digits.isEmpty() ? null : Integer.valueOf(digits);
            }
        });
        duration.valueProperty().bindBidirectional(vm.durationProperty());
        DatePicker day = DateFields.picker();
        day.setId("booking-day");
        day.valueProperty().bindBidirectional(vm.dayProperty());
        form.addRow(0, label("booking.centre", centre), centre, label("booking.clinician", clinician), clinician);
        form.addRow(1, label("booking.mode", mode), mode, label("booking.duration", duration), duration);
        form.addRow(2, label("booking.day", day), day);
        ListView<Slot> slots = new ListView<>(vm.slots());
        slots.setId("booking-slots");
        slots.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Slot s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.start().format(DateFormats.WEEKDAY_DAY) + "   "
                        + s.start().toLocalTime().format(DateFormats.TIME) + "–" + s.end().toLocalTime().format(DateFormats.TIME));
            }
        });
        slots.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.slotProperty().set(now));
        vm.slotProperty().addListener((obs, old, now) -> {
            if (now != slots.getSelectionModel().getSelectedItem()) {
                slots.getSelectionModel().select(now);
            }
        });
        slots.setPrefHeight(260);
        slots.setMinHeight(160);
        slots.setPlaceholder(new Label(Messages.get("booking.slotsPlaceholder")));
        VBox.setVgrow(slots, Priority.ALWAYS);
        Label slotsTitle = new Label(Messages.format("booking.slots", BookingViewModel.DAYS_SHOWN));
        slotsTitle.getStyleClass().add(Styles.SECTION_TITLE);
        Label slotsNote = new Label();
        slotsNote.getStyleClass().add(Styles.HINT);
        slotsNote.setWrapText(true);
        slotsNote.textProperty().bind(vm.slotsNoteProperty());
        slotsNote.managedProperty().bind(slotsNote.textProperty().isNotEmpty());
        Label slotError = fieldError("slot");
        TextField notes = new TextField();
        notes.setId("booking-notes");
        notes.setPromptText(Messages.get("booking.notes.prompt"));
        notes.textProperty().bindBidirectional(vm.notesProperty());
        Label error = new Label();
        error.setId("booking-error");
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.errors().form());
        error.visibleProperty().bind(vm.errors().form().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(10, who, form, slotsTitle, slotsNote, slots, slotError, label("booking.notes", notes), notes, error);
        box.setPadding(new Insets(8));
        return box;
    }

    private VBox whoSection() {
        Label heading = new Label(Messages.get("booking.who"));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label chosen = new Label();
        chosen.setId("booking-enquiry");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> vm.enquiryProperty().get() == null
                ? Messages.get("booking.noEnquiry") : vm.enquiryProperty().get().fullName() + " · "
                + StatusLabels.phone(vm.enquiryProperty().get().phone()), vm.enquiryProperty()));
        if (vm.isRescheduling()) {
            return new VBox(6, heading, chosen);
        }
        ToggleGroup group = new ToggleGroup();
        RadioButton existing = new RadioButton(Messages.get("booking.existing"));
        existing.setToggleGroup(group);
        existing.setSelected(!vm.walkInProperty().get());
        RadioButton walkIn = new RadioButton(Messages.get("booking.walkIn"));
        walkIn.setId("booking-walk-in");
        walkIn.setToggleGroup(group);
        walkIn.selectedProperty().bindBidirectional(vm.walkInProperty());
        TextField search = new TextField();
        search.setId("booking-search");
        search.setPromptText(Messages.get("booking.search.prompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.textProperty().addListener((obs, old, now) -> vm.searchEnquiries());
        ListView<EnquiryContact> matches = new ListView<>(vm.matches());
        matches.setId("booking-matches");
        matches.setPrefHeight(96);
        matches.setMinHeight(96);
        matches.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.matches()));
        matches.managedProperty().bind(matches.visibleProperty());
        matches.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.enquiryProperty().set(now);
            }
        });
        VBox findBox = new VBox(6, chosen, search, matches, fieldError("enquiry"));
        findBox.visibleProperty().bind(vm.walkInProperty().not());
        findBox.managedProperty().bind(findBox.visibleProperty());
        TextField name = new TextField();
        name.setId("booking-walk-in-name");
        name.textProperty().bindBidirectional(vm.walkInNameProperty());
        TextField phone = new TextField();
        phone.setId("booking-walk-in-phone");
        phone.textProperty().bindBidirectional(vm.walkInPhoneProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        VBox nameBox = new VBox(4, label("booking.walkIn.name", name), name, fieldError("fullName"));
        VBox phoneBox = new VBox(4, label("booking.walkIn.phone", phone), phone, fieldError("phone"));
        HBox.setHgrow(nameBox, Priority.ALWAYS);
        Label consent = new Label(Messages.get("booking.walkIn.consent"));
        consent.getStyleClass().add(Styles.HINT);
        consent.setWrapText(true);
        ComboBox<ConsentMethod> how = new ComboBox<>(FXCollections.observableArrayList(ConsentMethod.values()));
        how.setId("booking-walk-in-consent");
        how.setPromptText(Messages.get("booking.walkIn.consentPrompt"));
        how.setConverter(converter(m -> Messages.get("enquiry.consent." + m.name())));
        how.valueProperty().bindBidirectional(vm.walkInConsentProperty());
        VBox consentBox = new VBox(4, label("booking.walkIn.consentHow", how), how, fieldError("consent"));
        VBox walkInBox = new VBox(6, new HBox(10, nameBox, phoneBox), consent, consentBox);
        walkInBox.visibleProperty().bind(vm.walkInProperty());
        walkInBox.managedProperty().bind(walkInBox.visibleProperty());
        return new VBox(6, heading, new HBox(16, existing, walkIn), findBox, walkInBox);
    }

    private Label fieldError(String field) {
        Label label = new Label();
        label.getStyleClass().add(Styles.FIELD_ERROR);
        label.setWrapText(true);
        label.textProperty().bind(vm.errors().field(field));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        return l;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

}

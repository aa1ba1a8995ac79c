package org.clinicdesk.ui.enquiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.common.PhoneNumber;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryDifferences;
import org.clinicdesk.ui.common.Messages;

/** The editable fields of the enquiry form, as typed; turns them into a draft and back. */
public final class EnquiryFields {
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty phoneAlt = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty age = new SimpleStringProperty("");
    private final StringProperty birthYear = new SimpleStringProperty("");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.WALK_IN);
    private final StringProperty referrer = new SimpleStringProperty("");
    private final ObjectProperty<Centre> centre = new SimpleObjectProperty<>();
    private final ObservableSet<Long> conditionIds = FXCollections.observableSet();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> nextFollowUp = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsentMethod> consentMethod = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> personId = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();

    /** Calls {@code onEdit} with the validator's field name whenever a field changes. */
    void onEdit(Consumer<String> onEdit) {
        fullName.addListener((o, a, b) -> onEdit.accept("fullName"));
        phone.addListener((o, a, b) -> contact(onEdit, "phone"));
        phoneAlt.addListener((o, a, b) -> contact(onEdit, "phoneAlt"));
        email.addListener((o, a, b) -> contact(onEdit, "email"));
        city.addListener((o, a, b) -> onEdit.accept("city"));
        age.addListener((o, a, b) -> onEdit.accept("age"));
        birthYear.addListener((o, a, b) -> onEdit.accept("birthYear"));
        channel.addListener((o, a, b) -> onEdit.accept("channel"));
        referrer.addListener((o, a, b) -> onEdit.accept("referrer"));
        centre.addListener((o, a, b) -> onEdit.accept("centre"));
        conditionIds.addListener((SetChangeListener<Long>) c -> onEdit.accept("conditions"));
        notes.addListener((o, a, b) -> onEdit.accept("notes"));
        nextFollowUp.addListener((o, a, b) -> onEdit.accept("nextFollowUp"));
        consentMethod.addListener((o, a, b) -> onEdit.accept("consent"));
        language.addListener((o, a, b) -> onEdit.accept("language"));
    }

    private static void contact(Consumer<String> onEdit, String field) {
        onEdit.accept(field);
        onEdit.accept("consent"); // contact details need consent: say so as soon as they are typed
    }

    void fill(Enquiry e, Centre centreOfEnquiry) {
        fullName.set(e == null ? "" : e.fullName());
        phone.set(e == null ? "" : display(e.phone()));
        phoneAlt.set(e == null ? "" : display(e.phoneAlt()));
        email.set(e == null || e.email() == null ? "" : e.email());
        city.set(e == null || e.city() == null ? "" : e.city());
        age.set(e == null || e.age() == null ? "" : e.age().toString());
        birthYear.set(e == null || e.birthYear() == null ? "" : e.birthYear().toString());
        channel.set(e == null ? Channel.WALK_IN : e.channel());
        referrer.set(e == null || e.referrer() == null ? "" : e.referrer());
        centre.set(centreOfEnquiry);
        conditionIds.clear();
        if (e != null) {
            conditionIds.addAll(e.conditionIds());
        }
        notes.set(e == null ? "" : e.notes());
        nextFollowUp.set(e == null ? null : e.nextFollowUp());
        consentMethod.set(e == null || e.consentWithdrawnAt() != null ? null : e.consentMethod());
        personId.set(e == null ? null : e.personId());
        language.set(e == null ? null : e.language());
    }

    private static String display(String e164) {
        return e164 == null ? "" : new PhoneNumber(e164).formatted();
    }

    /** The enquiry as typed, on top of the stored one (its id, version, status and consent time). */
    Enquiry draft(Enquiry base) {
        Enquiry.Builder b = base == null ? Enquiry.builder() : base.toBuilder();
        boolean sameConsent = base != null && base.consentMethod() == consentMethod.get() && base.consentWithdrawnAt() == null;
        return b.fullName(fullName.get()).phone(phone.get()).phoneAlt(phoneAlt.get()).email(email.get()).city(city.get())
                .age(number(age.get())).birthYear(number(birthYear.get())).channel(channel.get())
                .referrer(referrer.get()).centreId(centre.get() == null ? 0 : centre.get().id())
                .conditionIds(conditionIds.stream().sorted().toList()).notes(notes.get())
                .nextFollowUp(nextFollowUp.get()).consentMethod(consentMethod.get())
                .consentGivenAt(sameConsent ? base.consentGivenAt() : null)
                .consentWithdrawnAt(consentMethod.get() == null && base != null ? base.consentWithdrawnAt() : null)
                .personId(personId.get()).language(language.get()).build();
    }

    /** Messages for age and year of birth that are not numbers at all (the validator checks their range). */
    Map<String, String> numberErrors() {
        Map<String, String> out = new LinkedHashMap<>();
        if (!age.get().isBlank() && number(age.get()) == null) {
            out.put("age", Messages.get("enquiry.error.ageNumber"));
        }
        if (!birthYear.get().isBlank() && number(birthYear.get()) == null) {
            out.put("birthYear", Messages.get("enquiry.error.yearNumber"));
        }
        return out;
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One line per field the other desk changed, with its new value. */
    String describeChanges(Enquiry base, Enquiry theirs, List<Centre> centres, List<MedicalCondition> conditions) {
        List<String> lines = new ArrayList<>();
        for (String field : EnquiryDifferences.changedFields(base, theirs)) {
            String value = switch (field) {
                case "language" -> theirs.language() == null ? "" : Messages.get(theirs.language().labelKey());
                case "centre" -> centres.stream().filter(c -> c.id() == theirs.centreId()).map(Centre::name).findFirst().orElse("");
                case "conditions" -> String.join(", ", conditions.stream()
                        .filter(c -> theirs.conditionIds().contains(c.id())).map(MedicalCondition::name).toList());
                default -> EnquiryDifferences.FIELDS.stream().filter(f -> f.name().equals(field)).findFirst()
                        .map(f -> Objects.toString(f.read().apply(theirs), "")).orElse("");
            };
            String label = "enquiry.field." + field;
            lines.add("• " + Messages.get(label) + ": " + (value.isBlank() ? Messages.get("enquiry.empty") : value));
        }
        return String.join("\n", lines);
    }

    /** Takes the other desk's value for every field this desk left as it was loaded. */
    void takeUntouched(Enquiry base, Enquiry theirs, Centre theirCentre) {
        if (fullName.get().strip().equals(base.fullName())) fullName.set(theirs.fullName());
        if (samePhone(phone.get(), base.phone())) phone.set(display(theirs.phone()));
        if (samePhone(phoneAlt.get(), base.phoneAlt())) phoneAlt.set(display(theirs.phoneAlt()));
        if (Objects.equals(blankToNull(email.get()), base.email())) email.set(Objects.toString(theirs.email(), ""));
        if (Objects.equals(blankToNull(city.get()), base.city())) city.set(Objects.toString(theirs.city(), ""));
        if (Objects.equals(number(age.get()), base.age())) age.set(Objects.toString(theirs.age(), ""));
        if (Objects.equals(number(birthYear.get()), base.birthYear())) birthYear.set(Objects.toString(theirs.birthYear(), ""));
        if (channel.get() == base.channel()) channel.set(theirs.channel());
        if (Objects.equals(blankToNull(referrer.get()), base.referrer())) referrer.set(Objects.toString(theirs.referrer(), ""));
        if (centre.get() != null && centre.get().id() == base.centreId() && theirCentre != null) centre.set(theirCentre);
        if (conditionIds.equals(new java.util.HashSet<>(base.conditionIds()))) {
            conditionIds.clear();
            conditionIds.addAll(theirs.conditionIds());
        }
        if (notes.get().strip().equals(base.notes())) notes.set(theirs.notes());
        if (Objects.equals(nextFollowUp.get(), base.nextFollowUp())) nextFollowUp.set(theirs.nextFollowUp());
        if (consentMethod.get() == base.consentMethod()) consentMethod.set(theirs.consentMethod());
        if (Objects.equals(personId.get(), base.personId())) personId.set(theirs.personId());
        if (language.get() == base.language()) language.set(theirs.language());
    }

    private static boolean samePhone(String typed, String e164) {
        if (typed == null || typed.isBlank()) {
            return e164 == null;
        }
        try {
            return PhoneNumber.parse(typed, "phone").e164().equals(e164);
        } catch (ClinicDeskException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty fullName() { return fullName; }
    public StringProperty phone() { return phone; }
    public StringProperty phoneAlt() { return phoneAlt; }
    public StringProperty email() { return email; }
    public StringProperty city() { return city; }
    public StringProperty age() { return age; }
    public StringProperty birthYear() { return birthYear; }
    public ObjectProperty<Channel> channel() { return channel; }
    public StringProperty referrer() { return referrer; }
    public ObjectProperty<Centre> centre() { return centre; }
    public ObservableSet<Long> conditionIds() { return conditionIds; }
    public StringProperty notes() { return notes; }
    public ObjectProperty<LocalDate> nextFollowUp() { return nextFollowUp; }
    public ObjectProperty<ConsentMethod> consentMethod() { return consentMethod; }
    public ObjectProperty<Long> personId() { return personId; }
    /** The language the visitor reads best (null: not asked); Give sheets offers the sheets in it. */
    public ObjectProperty<Language> language() { return language; }
}

package org.clinicdesk.domain.enquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.domain.common.Language;

/**
 * An enquiry: who got in touch, how, about what, where it stands, and the consent under which contact details are
 * kept. {@code id} is 0 until saved; {@code version} counts saves for optimistic locking. Phones are E.164 once saved.
 * {@code language} is the language the visitor reads best (null when not asked): the sheets are offered in it.
 */
public record Enquiry(long id, Long personId, String fullName, String phone, String phoneAlt, String email,
                      String city, Integer age, Integer birthYear, Channel channel, String referrer, long centreId,
                      List<Long> conditionIds, String notes, EnquiryStatus status, CloseReason closeReason,
                      LocalDate nextFollowUp, ConsentMethod consentMethod, Instant consentGivenAt,
                      Instant consentWithdrawnAt, Instant erasedAt, Instant createdAt, Long createdBy,
                      Instant updatedAt, Long updatedBy, int version, Language language) {

    public Enquiry {
        fullName = fullName == null ? "" : fullName.strip();
        phone = blankToNull(phone);
        phoneAlt = blankToNull(phoneAlt);
        email = blankToNull(email);
        city = blankToNull(city);
        referrer = blankToNull(referrer);
        notes = notes == null ? "" : notes.strip();
        conditionIds = conditionIds == null ? List.of() : List.copyOf(conditionIds);
        status = status == null ? EnquiryStatus.NEW : status;
    }

    public boolean isNew() {
        return id == 0;
    }

    public boolean hasContactDetails() {
        return phone != null || phoneAlt != null || email != null;
    }

    /** Consent counts when it was recorded and not withdrawn since. */
    public boolean hasConsent() {
        return consentMethod != null && consentGivenAt != null && consentWithdrawnAt == null;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.personId = personId;
        b.fullName = fullName;
        b.phone = phone;
        b.phoneAlt = phoneAlt;
        b.email = email;
        b.city = city;
        b.age = age;
        b.birthYear = birthYear;
        b.channel = channel;
        b.referrer = referrer;
        b.centreId = centreId;
        b.conditionIds = conditionIds;
        b.notes = notes;
        b.status = status;
        b.closeReason = closeReason;
        b.nextFollowUp = nextFollowUp;
        b.consentMethod = consentMethod;
        b.consentGivenAt = consentGivenAt;
        b.consentWithdrawnAt = consentWithdrawnAt;
        b.erasedAt = erasedAt;
        b.createdAt = createdAt;
        b.createdBy = createdBy;
        b.updatedAt = updatedAt;
        b.updatedBy = updatedBy;
        b.version = version;
        b.language = language;
        return b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Builds an enquiry field by field (forms, repositories, tests). */
    public static final class Builder {
        private long id;
        private Long personId;
        private String fullName;
        private String phone;
        private String phoneAlt;
        private String email;
        private String city;
        private Integer age;
        private Integer birthYear;
        private Channel channel = Channel.WALK_IN;
        private String referrer;
        private long centreId;
        private List<Long> conditionIds = List.of();
        private String notes = "";
        private EnquiryStatus status = EnquiryStatus.NEW;
        private CloseReason closeReason;
        private LocalDate nextFollowUp;
        private ConsentMethod consentMethod;
        private Instant consentGivenAt;
        private Instant consentWithdrawnAt;
        private Instant erasedAt;
        private Instant createdAt;
        private Long createdBy;
        private Instant updatedAt;
        private Long updatedBy;
        private int version;
        private Language language;

        public Builder id(long v) { id = v; return this; }
        public Builder personId(Long v) { personId = v; return this; }
        public Builder fullName(String v) { fullName = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder phoneAlt(String v) { phoneAlt = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder city(String v) { city = v; return this; }
        public Builder age(Integer v) { age = v; return this; }
        public Builder birthYear(Integer v) { birthYear = v; return this; }
        public Builder channel(Channel v) { channel = v; return this; }
        public Builder referrer(String v) { referrer = v; return this; }
        public Builder centreId(long v) { centreId = v; return this; }
        public Builder conditionIds(List<Long> v) { conditionIds = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder status(EnquiryStatus v) { status = v; return this; }
        public Builder closeReason(CloseReason v) { closeReason = v; return this; }
        public Builder nextFollowUp(LocalDate v) { nextFollowUp = v; return this; }
        public Builder consentMethod(ConsentMethod v) { consentMethod = v; return this; }
        public Builder consentGivenAt(Instant v) { consentGivenAt = v; return this; }
        public Builder consentWithdrawnAt(Instant v) { consentWithdrawnAt = v; return this; }
        public Builder erasedAt(Instant v) { erasedAt = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder createdBy(Long v) { createdBy = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder updatedBy(Long v) { updatedBy = v; return this; }
        public Builder version(int v) { version = v; return this; }
        public Builder language(Language v) { language = v; return this; }

        public Enquiry build() {
            return new Enquiry(id, personId, fullName, phone, phoneAlt, email, city, age, birthYear, channel, referrer,
                    centreId, conditionIds, notes, status, closeReason, nextFollowUp, consentMethod, consentGivenAt,
                    consentWithdrawnAt, erasedAt, createdAt, createdBy, updatedAt, updatedBy, version, language);
        }
    }
}

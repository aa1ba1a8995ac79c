package org.clinicdesk.domain.enquiry;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.clinicdesk.domain.common.PhoneNumber;
import org.clinicdesk.domain.common.ValidationException;

/**
 * The rules an enquiry must meet before it is saved, one plain message per field. The form runs the same rules as the
 * user types, so what shows beside a field is what a save would say.
 */
public final class EnquiryValidator {
    public static final String FULL_NAME = "fullName";
    public static final String PHONE = "phone";
    public static final String PHONE_ALT = "phoneAlt";
    public static final String EMAIL = "email";
    public static final String AGE = "age";
    public static final String BIRTH_YEAR = "birthYear";
    public static final String CHANNEL = "channel";
    public static final String REFERRER = "referrer";
    public static final String CENTRE = "centre";
    public static final String NOTES = "notes";
    public static final String CONSENT = "consent";
    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_NAME = 200;
    private static final int MAX_NOTES = 4000;

    private EnquiryValidator() {
    }

    /** Every problem with the enquiry as typed; empty when it can be saved. The name is judged as it will be stored. */
    public static Map<String, String> errors(Enquiry e, Year thisYear) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = PersonName.normalise(e.fullName());
        if (name.isEmpty()) {
            errors.put(FULL_NAME, "Enter the person's name (any script).");
        } else if (name.length() > MAX_NAME) {
            errors.put(FULL_NAME, "The name is too long: at most " + MAX_NAME + " characters.");
        } else if (name.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            errors.put(FULL_NAME, "The name has an invisible control character; type it again.");
        }
        phone(e.phone(), PHONE, errors);
        phone(e.phoneAlt(), PHONE_ALT, errors);
        if (!errors.containsKey(PHONE) && !errors.containsKey(PHONE_ALT) && e.phone() != null && e.phoneAlt() != null
                && PhoneNumber.parse(e.phone(), PHONE).equals(PhoneNumber.parse(e.phoneAlt(), PHONE_ALT))) {
            errors.put(PHONE_ALT, "The other phone is the same number as the phone; leave it empty.");
        }
        if (e.email() != null && !EMAIL_PATTERN.matcher(e.email()).matches()) {
            errors.put(EMAIL, "This does not look like an e-mail address; it should be like name@example.com.");
        }
        if (e.age() != null && (e.age() < 0 || e.age() > 130)) {
            errors.put(AGE, "Enter an age between 0 and 130, or leave it empty.");
        }
        if (e.birthYear() != null && (e.birthYear() < 1900 || e.birthYear() > thisYear.getValue())) {
            errors.put(BIRTH_YEAR, "Enter a year of birth between 1900 and " + thisYear.getValue() + ", or leave it empty.");
        }
        if (e.channel() == null) {
            errors.put(CHANNEL, "Choose how the enquiry came in.");
        } else if (e.channel() == Channel.REFERRAL && e.referrer() == null) {
            errors.put(REFERRER, "Enter who referred the person (a doctor's or hospital's name).");
        }
        if (e.centreId() <= 0) {
            errors.put(CENTRE, "Choose the centre the enquiry is for.");
        }
        if (e.notes().length() > MAX_NOTES) {
            errors.put(NOTES, "The notes are too long: at most " + MAX_NOTES + " characters.");
        }
        if (e.hasContactDetails() && (e.consentMethod() == null || e.consentWithdrawnAt() != null)) {
            errors.put(CONSENT, "Phone and e-mail can only be kept with the person's consent. Record how they agreed "
                    + "(spoken, written, WhatsApp or web form), or leave phone and e-mail empty.");
        }
        return errors;
    }

    /** Throws with every problem, or returns the enquiry with its name normalised and its phones in E.164. */
    public static Enquiry validated(Enquiry e, Year thisYear) {
        Map<String, String> errors = errors(e, thisYear);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        PhoneNumber phone = PhoneNumber.parseOptional(e.phone(), PHONE);
        PhoneNumber alt = PhoneNumber.parseOptional(e.phoneAlt(), PHONE_ALT);
        return e.toBuilder()
                .fullName(PersonName.normalise(e.fullName()))
                .phone(phone == null ? null : phone.e164())
                .phoneAlt(alt == null ? null : alt.e164())
                .referrer(e.channel() == Channel.REFERRAL ? e.referrer() : null)
                .email(e.email() == null ? null : e.email().toLowerCase(java.util.Locale.ROOT))
                .build();
    }

    private static void phone(String typed, String field, Map<String, String> errors) {
        try {
            PhoneNumber.parseOptional(typed, field);
        } catch (ValidationException ex) {
            errors.putAll(ex.fieldErrors());
        }
    }
}

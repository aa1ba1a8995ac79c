package org.clinicdesk.domain.common;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/** A phone number normalised to E.164 ("+919845012345"), India being the default region. */
public record PhoneNumber(String e164) {
    public static final String DEFAULT_REGION = "IN";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /**
     * Parses what a person typed: "98450 12345", "098450-12345", "+91 98450 12345", "919845012345" are the same
     * number; a foreign number with its country code is kept.
     *
     * @throws ValidationException saying what is wrong, for anything that is not a possible number
     */
    public static PhoneNumber parse(String typed, String field) {
        String raw = typed == null ? "" : typed.strip();
        if (raw.isEmpty()) {
            throw new ValidationException(field, "Enter a phone number.");
        }
        if (raw.chars().anyMatch(Character::isLetter)) {
            throw new ValidationException(field, "A phone number has only digits, spaces, dashes and an optional +.");
        }
        String digits = raw.replaceAll("\\D", "");
        String candidate = raw;
        // "919845012345": an Indian number typed with its country code but without the "+"
        if (!raw.startsWith("+") && digits.length() == 12 && digits.startsWith("91")) {
            candidate = "+" + digits;
        } else if (!raw.startsWith("+") && digits.startsWith("00")) {
            candidate = "+" + digits.substring(2);
        }
        // every Indian number has 10 national digits; say "too few" rather than "not valid" for a short one
        if (!candidate.startsWith("+") && digits.replaceFirst("^0", "").length() < 10) {
            throw new ValidationException(field, reason(digits.replaceFirst("^0", "")));
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(candidate, DEFAULT_REGION);
            if (!UTIL.isPossibleNumber(number)) {
                throw new ValidationException(field, reason(digits));
            }
            if (!UTIL.isValidNumber(number)) {
                throw new ValidationException(field, "This is not a valid phone number for "
                        + (number.getCountryCode() == 91 ? "India" : "country code +" + number.getCountryCode())
                        + ". Check the digits.");
            }
            return new PhoneNumber(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new ValidationException(field, reason(digits));
        }
    }

    private static String reason(String digits) {
        if (digits.length() < 10) {
            return "Too few digits: an Indian mobile number has 10 digits (for example 98450 12345).";
        }
        if (digits.length() > 15) {
            return "Too many digits for a phone number.";
        }
        return "This is not a possible phone number. A foreign number needs its country code, starting with +.";
    }

    /** Lenient form: null or blank gives null. */
    public static PhoneNumber parseOptional(String typed, String field) {
        return typed == null || typed.isBlank() ? null : parse(typed, field);
    }

    /** For display: "+91 98450 12345". */
    public String formatted() {
        try {
            return UTIL.format(UTIL.parse(e164, DEFAULT_REGION), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /** Digits only, for wa.me links and tel: URIs. */
    public String digits() {
        return e164.replaceAll("\\D", "");
    }

    @Override
    public String toString() {
        return e164;
    }
}

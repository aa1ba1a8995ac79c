package org.clinicdesk.domain.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the ways a clinic's spreadsheet writes dates, channels, statuses and consent. Day before month (India). */
final class CellParsers {
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d/M/uu"))
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm[:ss]"), DateTimeFormatter.ofPattern("d-M-uuuu H:mm[:ss]"),
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm[:ss]"))
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final Map<String, String> CHANNELS = Map.ofEntries(
            Map.entry("walkin", "WALK_IN"), Map.entry("walk", "WALK_IN"), Map.entry("visit", "WALK_IN"),
            Map.entry("phone", "PHONE"), Map.entry("call", "PHONE"), Map.entry("telephone", "PHONE"),
            Map.entry("phonecall", "PHONE"), Map.entry("whatsapp", "WHATSAPP"), Map.entry("wa", "WHATSAPP"),
            Map.entry("website", "WEBSITE"), Map.entry("web", "WEBSITE"), Map.entry("webform", "WEBSITE"),
            Map.entry("websiteform", "WEBSITE"), Map.entry("online", "WEBSITE"), Map.entry("email", "EMAIL"),
            Map.entry("mail", "EMAIL"), Map.entry("referral", "REFERRAL"), Map.entry("referred", "REFERRAL"));
    private static final Map<String, String> STATUSES = Map.of("new", "NEW", "contacted", "CONTACTED",
            "booked", "BOOKED", "consultationbooked", "BOOKED", "closed", "CLOSED");
    private static final Map<String, String> CONSENT = Map.ofEntries(
            Map.entry("spoken", "SPOKEN"), Map.entry("verbal", "SPOKEN"), Map.entry("oral", "SPOKEN"),
            Map.entry("written", "WRITTEN"), Map.entry("signed", "WRITTEN"), Map.entry("form", "WRITTEN"),
            Map.entry("whatsapp", "WHATSAPP"), Map.entry("webform", "WEB_FORM"), Map.entry("website", "WEB_FORM"),
            Map.entry("web", "WEB_FORM"), Map.entry("online", "WEB_FORM"));
    private static final List<String> YES = List.of("yes", "y", "true", "1", "given", "ok", "agreed");
    private static final List<String> NO = List.of("no", "n", "false", "0", "refused", "notgiven", "withdrawn");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CellParsers() {
    }

    static Optional<LocalDate> date(String text) {
        String t = text.strip();
        if (t.isEmpty() || !Character.isDigit(t.charAt(0)) || t.indexOf(':') >= 0) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : likelyDates(t)) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /** Only the formats this text could be in: a failed parse throws, and exceptions are slow on 100,000 rows. */
    private static List<DateTimeFormatter> likelyDates(String t) {
        if (t.length() == 10 && t.charAt(4) == '-') {
            return DATES.subList(0, 1);
        }
        boolean letters = t.chars().anyMatch(Character::isLetter);
        if (letters) {
            return DATES.subList(4, 6);
        }
        if (t.indexOf('/') >= 0) {
            return List.of(DATES.get(1), DATES.get(6));
        }
        return t.indexOf('.') >= 0 ? DATES.subList(3, 4) : DATES.subList(2, 3);
    }

    /** A date (taken as noon, so it stays the same day in any zone), a date and time, or an ISO instant. */
    static Optional<Instant> instant(String text, ZoneId zone) {
        String t = text.strip();
        if (t.indexOf(':') < 0) {
            return date(t).map(d -> d.atTime(12, 0).atZone(zone).toInstant());
        }
        if (t.endsWith("Z")) {
            try {
                return Optional.of(Instant.parse(t));
            } catch (DateTimeParseException ignored) {
                // not ClinicDesk's own export format
            }
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(t, f).atZone(zone).toInstant());
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a time
            }
        }
        return date(t).map(d -> d.atTime(12, 0).atZone(zone).toInstant());
    }

    static Optional<String> channel(String text) {
        String key = EnquiryField.simplify(text);
        return Optional.ofNullable(CHANNELS.getOrDefault(key, CHANNELS.get(key.replace("_", ""))))
                .or(() -> CHANNELS.values().stream().filter(v -> EnquiryField.simplify(v).equals(key)).findFirst());
    }

    static Optional<String> status(String text) {
        return Optional.ofNullable(STATUSES.get(EnquiryField.simplify(text)));
    }

    /** A consent method, or "YES" (consent given, method not said), or "NO"; empty when unreadable. */
    static Optional<String> consent(String text) {
        String key = EnquiryField.simplify(text);
        if (key.isEmpty() || NO.contains(key)) {
            return Optional.of("NO");
        }
        if (YES.contains(key)) {
            return Optional.of("YES");
        }
        return Optional.ofNullable(CONSENT.get(key))
                .or(() -> ColumnMapping.CONSENT_METHODS.stream().filter(m -> EnquiryField.simplify(m).equals(key)).findFirst());
    }

    static boolean email(String text) {
        return EMAIL.matcher(text.strip()).matches();
    }
}

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
import org.clinicdesk.domain.common.Language;

/** Reads the ways a clinic's spreadsheet writes dates, channels, statuses and consent. Day before month (India). */
final class CellParsers {
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d/M/uu"), DateTimeFormatter.ofPattern("d-MMM-uu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH))
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
            Map.entry("mail", "EMAIL"), Map.entry("referral", "REFERRAL"), Map.entry("referred", "REFERRAL"),
            // the words enquiry books and lead exports use
            Map.entry("walkinpatient", "WALK_IN"), Map.entry("direct", "WALK_IN"), Map.entry("directvisit", "WALK_IN"),
            Map.entry("inperson", "WALK_IN"), Map.entry("tel", "PHONE"), Map.entry("calls", "PHONE"),
            Map.entry("incomingcall", "PHONE"), Map.entry("missedcall", "PHONE"), Map.entry("phoneenquiry", "PHONE"),
            Map.entry("whatsappmsg", "WHATSAPP"), Map.entry("whatsappmessage", "WHATSAPP"), Map.entry("wamsg", "WHATSAPP"),
            Map.entry("whatsappchat", "WHATSAPP"), Map.entry("googleform", "WEBSITE"), Map.entry("googleforms", "WEBSITE"),
            Map.entry("onlineform", "WEBSITE"), Map.entry("internet", "WEBSITE"), Map.entry("contactform", "WEBSITE"),
            Map.entry("emailenquiry", "EMAIL"), Map.entry("gmail", "EMAIL"), Map.entry("reference", "REFERRAL"),
            Map.entry("ref", "REFERRAL"), Map.entry("doctorreferral", "REFERRAL"), Map.entry("referredbydoctor", "REFERRAL"));
    /** "Referral: Dr. Rao", "Referred by Dr. Rao", "Ref - Dr Rao": a referral, and who referred. */
    private static final Pattern REFERRAL = Pattern.compile(
            "^(?:referral|referred\\s+by|referred|reference|ref\\.?\\s*by|ref)\\b\\.?\\s*[:\\-\u2013\u2014]*\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");
    /** Excel's day 0 for its serial dates (its 1900 leap-year bug makes it 30 December 1899). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
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

    private static final Map<String, Language> LANGUAGES = languages();
    private static final Map<String, String> CLOSE_REASONS = Map.ofEntries(
            Map.entry("noteligible", "NOT_ELIGIBLE"), Map.entry("ineligible", "NOT_ELIGIBLE"),
            Map.entry("choseelsewhere", "CHOSE_ELSEWHERE"), Map.entry("wentelsewhere", "CHOSE_ELSEWHERE"),
            Map.entry("elsewhere", "CHOSE_ELSEWHERE"), Map.entry("otherclinic", "CHOSE_ELSEWHERE"),
            Map.entry("cost", "COST"), Map.entry("expensive", "COST"), Map.entry("price", "COST"),
            Map.entry("toocostly", "COST"), Map.entry("noresponse", "NO_RESPONSE"), Map.entry("notreachable", "NO_RESPONSE"),
            Map.entry("noanswer", "NO_RESPONSE"), Map.entry("notresponding", "NO_RESPONSE"), Map.entry("other", "OTHER"));

    private CellParsers() {
    }

    private static Map<String, Language> languages() {
        Map<String, Language> m = new java.util.HashMap<>();
        Object[][] names = {
            {Language.ENGLISH, "en", "eng", "english"}, {Language.HINDI, "hi", "hindi", "हिन्दी", "हिंदी"},
            {Language.KANNADA, "kn", "kannada", "ಕನ್ನಡ"}, {Language.TELUGU, "te", "telugu", "తెలుగు"},
            {Language.URDU, "ur", "urdu", "اردو"}, {Language.OTHER, "other", "another language"}};
        for (Object[] row : names) {
            for (int i = 1; i < row.length; i++) {
                m.put(EnquiryField.simplify((String) row[i]), (Language) row[0]);
            }
        }
        return Map.copyOf(m);
    }

    /** A language the sheets come in, by code, English name or its own name; empty when it is none of them. */
    static Optional<Language> language(String text) {
        return Optional.ofNullable(LANGUAGES.get(EnquiryField.simplify(text)));
    }

    /** Why an enquiry was closed (the desk's reasons, or the common words for them); empty when unreadable. */
    static Optional<String> closeReason(String text) {
        String key = EnquiryField.simplify(text);
        return Optional.ofNullable(CLOSE_REASONS.get(key))
                .or(() -> CLOSE_REASONS.values().stream().filter(v -> EnquiryField.simplify(v).equals(key)).findFirst());
    }

    /** The referrer in "Referral: Dr. Rao", or empty when the cell is not a referral with a name. */
    static Optional<String> referrer(String text) {
        java.util.regex.Matcher m = REFERRAL.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    static Optional<LocalDate> date(String text) {
        String t = text.strip();
        if (EXCEL_SERIAL.matcher(t).matches()) {
            // a date cell that lost its format in the export: Excel's day number (20000 is 1954, 80000 is 2119)
            double serial = Double.parseDouble(t);
            return serial >= 20_000 && serial <= 80_000 ? Optional.of(EXCEL_EPOCH.plusDays((long) serial))
                    : Optional.empty();
        }
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
            return List.of(DATES.get(4), DATES.get(5), DATES.get(7), DATES.get(8));
        }
        if (t.indexOf('/') >= 0) {
            return List.of(DATES.get(1), DATES.get(6));
        }
        return t.indexOf('.') >= 0 ? DATES.subList(3, 4) : DATES.subList(2, 3);
    }

    /** A date (taken as noon, so it stays the same day in any zone), a date and time, or an ISO instant. */
    static Optional<Instant> instant(String text, ZoneId zone) {
        String t = text.strip();
        if (EXCEL_SERIAL.matcher(t).matches()) {
            double serial = Double.parseDouble(t);
            if (serial < 20_000 || serial > 80_000) {
                return Optional.empty();
            }
            long seconds = Math.round((serial - Math.floor(serial)) * 86_400);
            return Optional.of(EXCEL_EPOCH.plusDays((long) serial).atStartOfDay(zone).plusSeconds(
                    seconds == 0 ? 12 * 3600 : seconds).toInstant());
        }
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

    /**
     * Whether a numeric date says which part is the month: 1 = day first (25/11/2026), 2 = month first
     * (11/25/2026), 0 = it could be either or is not such a date.
     */
    static int dayMonthOrder(String text) {
        String[] parts = text.strip().split("[/.\\-]");
        if (parts.length != 3 || parts[0].length() > 2 || parts[1].length() > 2) {
            return 0;
        }
        try {
            int a = Integer.parseInt(parts[0]);
            int b = Integer.parseInt(parts[1].strip());
            return a > 12 && b <= 12 ? 1 : b > 12 && a <= 12 ? 2 : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** True for a numeric date whose day and month could be swapped (5/11/2026). */
    static boolean ambiguousDayMonth(String text) {
        String[] parts = text.strip().split("[/.\\-]");
        if (parts.length != 3 || parts[0].length() > 2 || parts[1].length() > 2) {
            return false;
        }
        try {
            int a = Integer.parseInt(parts[0]);
            int b = Integer.parseInt(parts[1].strip());
            return a <= 12 && b <= 12 && a != b;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean email(String text) {
        return EMAIL.matcher(text.strip()).matches();
    }
}

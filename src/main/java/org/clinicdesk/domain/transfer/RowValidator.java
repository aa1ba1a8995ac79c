package org.clinicdesk.domain.transfer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinicdesk.domain.common.PhoneNumber;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.CloseReason;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryStatus;
import org.clinicdesk.domain.enquiry.PersonName;

/** Checks one spreadsheet row against the mapping; every problem names the row and the column. */
final class RowValidator {
    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 4_000;

    private final ColumnMapping mapping;
    private final Map<EnquiryField, Integer> index = new EnumMap<>(EnquiryField.class);
    private final int headerCount;
    private final CentreNames centres;
    private final ConditionNames conditions;
    private final ZoneId zone;
    private final Instant now;
    /** Per date column, the first row that writes its dates month first (11/25/2026); absent when none does. */
    private final Map<EnquiryField, Integer> monthFirstRow = new EnumMap<>(EnquiryField.class);
    /** Channels, statuses and consent repeat on every row: remember how each spelling was read. */
    private final Map<String, Optional<String>> codes = new java.util.HashMap<>();

    RowValidator(ColumnMapping mapping, CsvTable table, CentreNames centres, ConditionNames conditions, ZoneId zone,
                 Instant now) {
        this.mapping = mapping;
        mapping.columns().forEach((field, header) -> index.put(field, table.columnIndex(header)));
        this.headerCount = table.headers().size();
        this.centres = centres;
        this.conditions = conditions;
        this.zone = zone;
        this.now = now;
        for (EnquiryField field : List.of(EnquiryField.ENQUIRY_DATE, EnquiryField.NEXT_FOLLOW_UP, EnquiryField.CONSENT_DATE)) {
            Integer i = index.get(field);
            if (i == null || i < 0) {
                continue;
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> cells = table.rows().get(r);
                if (i < cells.size() && CellParsers.dayMonthOrder(cells.get(i)) == 2) {
                    monthFirstRow.put(field, CsvTable.spreadsheetRow(r));
                    break;
                }
            }
        }
    }

    /** Returns the enquiry, or empty after adding at least one problem to {@code problems}. */
    Optional<ImportedEnquiry> check(int row, List<String> cells, List<RowProblem> problems, List<RowProblem> warnings) {
        Cells c = new Cells(row, cells, problems);
        if (cells.size() > headerCount && cells.subList(headerCount, cells.size()).stream().anyMatch(s -> !s.isBlank())) {
            c.problem("", "has " + cells.size() + " cells but the heading row has " + headerCount
                    + "; a separator or quote is probably misplaced in this row.");
        }
        String name = c.text(EnquiryField.FULL_NAME, MAX_TEXT, false);
        if (name != null && PersonName.normalise(name).isEmpty()) {
            c.problem(EnquiryField.FULL_NAME, "The name is empty.");
        }
        String phone = c.phone(EnquiryField.PHONE);
        String phoneAlt = c.phone(EnquiryField.PHONE_ALT);
        String email = blankToNull(c.text(EnquiryField.EMAIL, MAX_TEXT, false));
        if (email != null && !CellParsers.email(email)) {
            c.problem(EnquiryField.EMAIL, "\"" + shorten(email) + "\" is not an e-mail address.");
        }
        String city = blankToNull(c.text(EnquiryField.CITY, MAX_TEXT, false));
        Integer age = c.age();
        Integer birthYear = c.birthYear();
        Language language = c.language(warnings);
        String channelCell = blankToNull(c.text(EnquiryField.CHANNEL, MAX_TEXT, false));
        Optional<String> referredBy = channelCell == null ? Optional.empty() : CellParsers.referrer(channelCell);
        String channel = referredBy.isPresent() ? "REFERRAL" : c.coded(EnquiryField.CHANNEL, mapping.defaultChannel(),
                CellParsers::channel, "is not a channel: use walk-in, phone, WhatsApp, website, e-mail or referral.");
        String referrer = blankToNull(c.text(EnquiryField.REFERRER, MAX_TEXT, false));
        if (referrer == null) {
            referrer = referredBy.orElse(null);
        }
        Long centre = c.centre();
        String notes = c.text(EnquiryField.NOTES, MAX_NOTES, true);
        String status = c.coded(EnquiryField.STATUS, "NEW", CellParsers::status,
                "is not a status: use new, contacted, booked or closed.");
        CloseReason closeReason = c.closeReason(status, warnings);
        LocalDate followUp = c.date(EnquiryField.NEXT_FOLLOW_UP);
        Instant withdrawnAt = c.instant(EnquiryField.CONSENT_WITHDRAWN);
        String personRef = blankToNull(c.text(EnquiryField.PERSON_ID, MAX_TEXT, false));
        Instant enquiryAt = c.instant(EnquiryField.ENQUIRY_DATE);
        if (enquiryAt != null && enquiryAt.isAfter(now.plus(Duration.ofDays(1)))) {
            c.problem(EnquiryField.ENQUIRY_DATE, "The enquiry date is in the future.");
        }
        String consent = c.consent(phone != null || phoneAlt != null || email != null);
        Instant consentAt = c.instant(EnquiryField.CONSENT_DATE);
        ConditionNames.Read read = conditions.read(c.text(EnquiryField.CONDITIONS, MAX_TEXT, false));
        if (!c.ok) {
            return Optional.empty();
        }
        if (!read.unknown().isEmpty()) {
            warnings.add(new RowProblem(row, mapping.columns().get(EnquiryField.CONDITIONS), "Not on the conditions "
                    + "list, so not linked: " + String.join(", ", read.unknown().stream().map(RowValidator::shorten)
                    .toList()) + ". A manager can add them as conditions and import again."));
        }
        if (referrer != null && !"REFERRAL".equals(channel)) {
            warnings.add(new RowProblem(row, mapping.columns().getOrDefault(EnquiryField.REFERRER, ""), "A referrer is "
                    + "kept only for a referral, and this row's channel is not one, so \"" + shorten(referrer)
                    + "\" is not imported."));
        }
        Instant at = enquiryAt == null ? now : enquiryAt;
        Instant consentFallback = mapping.consentDate() == null ? at
                : mapping.consentDate().atTime(12, 0).atZone(zone).toInstant();
        Enquiry enquiry = Enquiry.builder().fullName(PersonName.normalise(name)).phone(phone).phoneAlt(phoneAlt)
                .email(email).city(city).age(age).birthYear(birthYear).language(language).closeReason(closeReason)
                .consentWithdrawnAt(withdrawnAt).channel(Channel.valueOf(channel)).referrer(referrer).centreId(centre)
                .notes(notes == null ? "" : notes.strip()).status(EnquiryStatus.valueOf(status)).nextFollowUp(followUp)
                .createdAt(at).consentMethod(consent == null ? null : ConsentMethod.valueOf(consent))
                .consentGivenAt(consent == null ? null : consentAt == null ? consentFallback : consentAt)
                .conditionIds(read.ids()).build();
        return Optional.of(new ImportedEnquiry(row, enquiry, read.unknown(), personRef));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** The cells of one row, and the problems found in it. */
    private final class Cells {
        private final int row;
        private final List<String> cells;
        private final List<RowProblem> problems;
        private boolean ok = true;

        Cells(int row, List<String> cells, List<RowProblem> problems) {
            this.row = row;
            this.cells = cells;
            this.problems = problems;
        }

        void problem(EnquiryField field, String message) {
            problem(mapping.columns().getOrDefault(field, field.heading()), message);
        }

        void problem(String column, String message) {
            ok = false;
            problems.add(new RowProblem(row, column, message));
        }

        /** The raw cell, or null when the field is not mapped. */
        String raw(EnquiryField field) {
            Integer i = index.get(field);
            if (i == null || i < 0) {
                return null;
            }
            String value = i < cells.size() ? cells.get(i) : "";
            // ClinicDesk's export puts ' before a cell that a spreadsheet would run as a formula
            if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
                value = value.substring(1);
            }
            return value;
        }

        String text(EnquiryField field, int max, boolean multiLine) {
            String value = raw(field);
            if (value == null) {
                return null;
            }
            if (value.indexOf('\uFFFD') >= 0) {
                problem(field, "Has characters that could not be read in this file's encoding. Save the sheet as "
                        + "\"CSV UTF-8\" and import again.");
                return null;
            }
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                boolean allowed = multiLine && (ch == '\n' || ch == '\r' || ch == '\t');
                if (Character.getType(ch) == Character.CONTROL && !allowed) {
                    problem(field, "Has an invisible control character (code " + (int) ch + ") at position " + (i + 1)
                            + "; remove it and import again.");
                    return null;
                }
            }
            if (value.length() > max) {
                problem(field, "Is " + value.length() + " characters long; at most " + max + " fit.");
                return null;
            }
            return value;
        }

        String phone(EnquiryField field) {
            String value = text(field, 40, false);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return PhoneNumber.parse(value, field.name()).e164();
            } catch (ValidationException e) {
                problem(field, "\"" + shorten(value.strip()) + "\": " + e.getMessage());
                return null;
            }
        }

        Integer age() {
            String value = blankToNull(text(EnquiryField.AGE, 10, false));
            if (value == null) {
                return null;
            }
            try {
                int age = Integer.parseInt(value);
                if (age >= 0 && age <= 130) {
                    return age;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problem(EnquiryField.AGE, "\"" + shorten(value) + "\" is not an age in years (0 to 130).");
            return null;
        }

        /** A year of birth, or the year of a date of birth; the desk's rules judge its range. */
        Integer birthYear() {
            String value = blankToNull(text(EnquiryField.BIRTH_YEAR, 40, false));
            if (value == null) {
                return null;
            }
            if (value.matches("\\d{4}")) {
                return Integer.parseInt(value);
            }
            Optional<LocalDate> date = CellParsers.date(value);
            if (date.isEmpty()) {
                problem(EnquiryField.BIRTH_YEAR, "\"" + shorten(value) + "\" is not a year of birth; write it as 1980.");
                return null;
            }
            return date.get().getYear();
        }

        /** The language the person reads best; one the sheets are not in is kept as "another language". */
        Language language(List<RowProblem> warnings) {
            String value = blankToNull(text(EnquiryField.LANGUAGE, MAX_TEXT, false));
            if (value == null) {
                return null;
            }
            Optional<Language> read = CellParsers.language(value);
            if (read.isEmpty()) {
                warnings.add(new RowProblem(row, mapping.columns().get(EnquiryField.LANGUAGE), "\"" + shorten(value)
                        + "\" is not a language the sheets come in (English, Hindi, Kannada, Telugu, Urdu); it is "
                        + "stored as another language."));
            }
            return read.orElse(Language.OTHER);
        }

        /** Why a closed row was closed; "other" when the cell says nothing the desk knows. */
        CloseReason closeReason(String status, List<RowProblem> warnings) {
            String value = blankToNull(text(EnquiryField.CLOSE_REASON, MAX_TEXT, false));
            if (!"CLOSED".equals(status)) {
                if (value != null) {
                    warnings.add(new RowProblem(row, mapping.columns().get(EnquiryField.CLOSE_REASON), "A close reason "
                            + "is kept only for a closed enquiry, and this row is not closed, so it is not imported."));
                }
                return null;
            }
            Optional<String> read = value == null ? Optional.empty() : CellParsers.closeReason(value);
            if (value != null && read.isEmpty()) {
                warnings.add(new RowProblem(row, mapping.columns().get(EnquiryField.CLOSE_REASON), "\"" + shorten(value)
                        + "\" is not one of the desk's close reasons (not eligible, chose elsewhere, cost, no response,"
                        + " other); it is stored as other."));
            }
            return CloseReason.valueOf(read.orElse("OTHER"));
        }

        String coded(EnquiryField field, String fallback, java.util.function.Function<String, Optional<String>> parse,
                     String complaint) {
            String value = blankToNull(text(field, MAX_TEXT, false));
            if (value == null) {
                if (fallback == null) {
                    problem(field, "Is empty; every row needs a " + field.heading().toLowerCase(Locale.ROOT) + ".");
                    return null;
                }
                value = fallback;
            }
            String key = field.name() + '\u0000' + value;
            Optional<String> code = codes.size() < 10_000 ? codes.computeIfAbsent(key, k -> parse.apply(k.substring(
                    k.indexOf('\u0000') + 1))) : parse.apply(value);
            if (code.isEmpty()) {
                problem(field, "\"" + shorten(value) + "\" " + complaint);
                return null;
            }
            return code.get();
        }

        Long centre() {
            String value = blankToNull(text(EnquiryField.CENTRE, MAX_TEXT, false));
            String name = value == null ? mapping.defaultCentre() : value;
            if (name == null) {
                problem(EnquiryField.CENTRE, "Is empty; every row needs a centre.");
                return null;
            }
            Optional<Long> id = centres.find(name);
            if (id.isEmpty()) {
                problem(EnquiryField.CENTRE, (centres.severalIn(name) ? "\"" + shorten(name) + "\" has several "
                        + "centres; write the centre's name." : "There is no centre called \"" + shorten(name) + "\".")
                        + " Centres: " + centres.list() + ".");
            }
            return id.orElse(null);
        }

        /** Refuses a date that could be read either way in a column that writes some dates month first. */
        private boolean mixedOrder(EnquiryField field, String value) {
            Integer monthFirst = monthFirstRow.get(field);
            if (monthFirst == null) {
                return false;
            }
            if (CellParsers.dayMonthOrder(value) == 2 || CellParsers.ambiguousDayMonth(value)) {
                problem(field, "\"" + shorten(value) + "\" cannot be read safely: this column writes some dates month "
                        + "first (row " + monthFirst + ") and others day first. Write this date as 2026-11-25 "
                        + "(year-month-day) or 25 Nov 2026.");
                return true;
            }
            return false;
        }

        LocalDate date(EnquiryField field) {
            String value = blankToNull(text(field, 40, false));
            if (value == null || mixedOrder(field, value)) {
                return null;
            }
            Optional<LocalDate> d = CellParsers.date(value);
            if (d.isEmpty()) {
                problem(field, "\"" + shorten(value) + "\" is not a date; write it as 25/11/2026 or 2026-11-25.");
            }
            return d.orElse(null);
        }

        Instant instant(EnquiryField field) {
            String value = blankToNull(text(field, 40, false));
            if (value == null || mixedOrder(field, value)) {
                return null;
            }
            Optional<Instant> t = CellParsers.instant(value, zone);
            if (t.isEmpty()) {
                problem(field, "\"" + shorten(value) + "\" is not a date; write it as 25/11/2026 or 2026-11-25.");
            }
            return t.orElse(null);
        }

        /** The consent method for this row, or null; contact details without consent are a problem. */
        String consent(boolean hasContact) {
            String method = mapping.consentForAll();
            String value = blankToNull(text(EnquiryField.CONSENT, MAX_TEXT, false));
            if (value != null) {
                Optional<String> read = CellParsers.consent(value);
                if (read.isEmpty()) {
                    problem(EnquiryField.CONSENT, "\"" + shorten(value) + "\" is not a consent value: use yes or no, "
                            + "or how it was given (spoken, written, WhatsApp, web form).");
                    return null;
                }
                if (read.get().equals("NO")) {
                    method = null;
                } else if (!read.get().equals("YES")) {
                    method = read.get();
                } else if (method == null) {
                    problem(EnquiryField.CONSENT, "Says yes but not how consent was given; choose the method in the "
                            + "mapping or write spoken, written, WhatsApp or web form.");
                    return null;
                }
            }
            if (method == null && hasContact) {
                problem(EnquiryField.CONSENT, "No recorded consent, so the phone and e-mail cannot be stored. Record "
                        + "the consent, or leave the contact details out of this row.");
            }
            return method;
        }
    }
}

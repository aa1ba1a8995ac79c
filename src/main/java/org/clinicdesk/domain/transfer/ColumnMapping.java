package org.clinicdesk.domain.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.clinicdesk.domain.common.ValidationException;

/**
 * Which spreadsheet column fills which enquiry field, saved by name so next month's file imports the same way.
 * Contact details are stored only with recorded consent, so a mapping says how consent was recorded: a consent
 * column, or {@code consentForAll} (the method used when every row was collected, e.g. a signed paper form).
 *
 * @param consentForAll  SPOKEN, WRITTEN, WHATSAPP or WEB_FORM for every row; null when a consent column says so
 * @param defaultChannel channel for rows without one (null: the channel column is required)
 * @param defaultCentre  centre name for rows without one (null: the centre column is required)
 * @param consentDate    when consent was obtained for rows without a consent date (null: the enquiry date)
 */
public record ColumnMapping(String name, Map<EnquiryField, String> columns, String consentForAll,
                            String defaultChannel, String defaultCentre, java.time.LocalDate consentDate) {
    public static final List<String> CONSENT_METHODS = List.of("SPOKEN", "WRITTEN", "WHATSAPP", "WEB_FORM");

    public ColumnMapping {
        name = name == null ? "" : name.strip();
        EnumMap<EnquiryField, String> copy = new EnumMap<>(EnquiryField.class);
        columns.forEach((field, header) -> {
            if (header != null && !header.isBlank()) {
                copy.put(field, header);
            }
        });
        columns = java.util.Collections.unmodifiableMap(copy);
        consentForAll = blankToNull(consentForAll);
        defaultChannel = blankToNull(defaultChannel);
        defaultCentre = blankToNull(defaultCentre);
    }

    /** Maps every heading that looks like a field (the way ClinicDesk's own export names them, or common names). */
    public static ColumnMapping guess(String name, List<String> headers) {
        Map<EnquiryField, String> columns = new EnumMap<>(EnquiryField.class);
        for (EnquiryField field : EnquiryField.values()) {
            headers.stream().filter(field::matches).findFirst().ifPresent(h -> columns.put(field, h));
        }
        return new ColumnMapping(name, columns, null, null, null, null);
    }

    public ColumnMapping withConsentForAll(String method) {
        return new ColumnMapping(name, columns, method, defaultChannel, defaultCentre, consentDate);
    }

    /** How and when consent was obtained for every row without a consent column (the command line's --consent). */
    public ColumnMapping withConsentForAll(String method, java.time.LocalDate date) {
        return new ColumnMapping(name, columns, method, defaultChannel, defaultCentre, date);
    }

    public ColumnMapping withDefaults(String channel, String centre) {
        return new ColumnMapping(name, columns, consentForAll, channel, centre, consentDate);
    }

    public ColumnMapping withName(String newName) {
        return new ColumnMapping(newName, columns, consentForAll, defaultChannel, defaultCentre, consentDate);
    }

    /** The headings of the file that no field takes, in file order: they are reported as "not imported". */
    public List<String> notImported(List<String> headers) {
        java.util.Collection<String> used = columns.values();
        return headers.stream().filter(h -> !h.isBlank() && !used.contains(h)).toList();
    }

    /** Refuses a mapping that cannot work on {@code headers}, saying what to choose. */
    public void validateAgainst(List<String> headers) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        columns.forEach((field, header) -> {
            if (!headers.contains(header)) {
                errors.put(field.name(), "The file has no column \"" + header + "\" for " + field.heading() + ".");
            }
        });
        if (!columns.containsKey(EnquiryField.FULL_NAME)) {
            errors.put(EnquiryField.FULL_NAME.name(), "Choose the column that holds the name.");
        }
        if (!columns.containsKey(EnquiryField.CHANNEL) && defaultChannel == null) {
            errors.put(EnquiryField.CHANNEL.name(), "Choose the channel column, or one channel for every row.");
        }
        if (!columns.containsKey(EnquiryField.CENTRE) && defaultCentre == null) {
            errors.put(EnquiryField.CENTRE.name(), "Choose the centre column, or one centre for every row.");
        }
        if (!columns.containsKey(EnquiryField.CONSENT) && consentForAll == null) {
            errors.put(EnquiryField.CONSENT.name(), "Contact details are stored only with recorded consent: choose "
                    + "the consent column, or say how consent was obtained when these details were collected.");
        }
        if (consentForAll != null && !CONSENT_METHODS.contains(consentForAll)) {
            errors.put(EnquiryField.CONSENT.name(), "Consent method must be one of " + CONSENT_METHODS + ".");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The mapping as text for storage (a properties file). */
    public String toText() {
        Properties p = new Properties();
        columns.forEach((field, header) -> p.setProperty("column." + field.name(), header));
        if (consentForAll != null) {
            p.setProperty("consentForAll", consentForAll);
        }
        if (defaultChannel != null) {
            p.setProperty("defaultChannel", defaultChannel);
        }
        if (defaultCentre != null) {
            p.setProperty("defaultCentre", defaultCentre);
        }
        if (consentDate != null) {
            p.setProperty("consentDate", consentDate.toString());
        }
        StringWriter w = new StringWriter();
        try {
            p.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    public static ColumnMapping fromText(String name, String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<EnquiryField, String> columns = new EnumMap<>(EnquiryField.class);
        for (EnquiryField field : EnquiryField.values()) {
            String header = p.getProperty("column." + field.name());
            if (header != null) {
                columns.put(field, header);
            }
        }
        String consentDate = p.getProperty("consentDate");
        return new ColumnMapping(name, columns, p.getProperty("consentForAll"), p.getProperty("defaultChannel"),
                p.getProperty("defaultCentre"), consentDate == null ? null : java.time.LocalDate.parse(consentDate));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

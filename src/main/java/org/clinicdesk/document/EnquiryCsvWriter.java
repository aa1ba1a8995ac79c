package org.clinicdesk.document;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryExportFile;
import org.clinicdesk.domain.enquiry.ExportedEnquiry;

/**
 * Writes enquiries to a UTF-8 CSV file (with a byte-order mark so spreadsheet programs read Indian scripts), every
 * field under a heading ClinicDesk's import maps back by itself: the file imports into another desk whole.
 */
public final class EnquiryCsvWriter implements EnquiryExportFile.Sink {
    public static final String[] HEADER = {"id", "person_id", "name", "phone", "other_phone", "email", "city", "age",
        "birth_year", "language", "channel", "referrer", "centre", "conditions", "notes", "status", "close_reason",
        "next_follow_up", "consent_method", "consent_given_at", "consent_withdrawn_at", "created_at", "last_contact_at"};
    private final Writer writer;
    private final CSVPrinter printer;
    private final ZoneId zone;

    public EnquiryCsvWriter(OutputStream out, ZoneId zone) {
        this.zone = zone;
        try {
            this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(ExportedEnquiry row) {
        Enquiry e = row.enquiry();
        try {
            printer.printRecord(e.id(), e.personId(), text(e.fullName()), e.phone(), e.phoneAlt(), text(e.email()),
                    text(e.city()), e.age(), e.birthYear(), e.language() == null ? null : label(e.language().name()),
                    e.channel(), text(e.referrer()), text(row.centreName()),
                    text(String.join("; ", row.conditions())), text(e.notes()), e.status(), e.closeReason(),
                    e.nextFollowUp(), e.consentMethod(), time(e.consentGivenAt()), time(e.consentWithdrawnAt()),
                    time(e.createdAt()), time(row.lastContactAt()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private String time(Instant at) {
        return at == null ? null : DateFormats.ISO_MINUTES.format(at.atZone(zone));
    }

    /** KANNADA → Kannada: the language as a person reads it; the import reads it back. */
    private static String label(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Typed text that a spreadsheet would run as a formula ("=...", "@...") is kept as text. */
    static String text(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

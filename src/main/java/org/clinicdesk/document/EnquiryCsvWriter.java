package org.clinicdesk.document;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.enquiry.EnquiryExportFile;
import org.clinicdesk.domain.enquiry.EnquirySummary;

/** Writes enquiry rows to a UTF-8 CSV file (with a byte-order mark so spreadsheet programs read Indian scripts). */
public final class EnquiryCsvWriter implements EnquiryExportFile.Sink {
    public static final String[] HEADER = {"id", "person_id", "name", "phone", "other_phone", "email", "city", "channel",
        "status", "centre", "next_follow_up", "created_at", "last_contact_at"};
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
    public void accept(EnquirySummary s) {
        try {
            printer.printRecord(s.id(), s.personId(), text(s.fullName()), s.phone(), s.phoneAlt(), text(s.email()),
                    text(s.city()), s.channel(), s.status(), text(s.centreName()), s.nextFollowUp(),
                    s.createdAt() == null ? null : DateFormats.ISO_MINUTES.format(s.createdAt().atZone(zone)),
                    s.lastContactAt() == null ? null : DateFormats.ISO_MINUTES.format(s.lastContactAt().atZone(zone)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

package org.clinicdesk.document;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinicdesk.domain.audit.AuditEntry;
import org.clinicdesk.domain.audit.AuditExport;
import org.clinicdesk.domain.common.DateFormats;

/** The audit log as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read names in any script). */
public final class AuditCsv implements AuditExport {
    private static final String[] HEADER = {"id", "time", "staff_id", "staff", "action", "record", "record_id", "summary"};
    private final DateTimeFormatter time;

    public AuditCsv(ZoneId zone) {
        this.time = DateFormats.ISO_SECONDS.withZone(zone);
    }

    @Override
    public void write(List<AuditEntry> entries, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write('\uFEFF');
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out);
        for (AuditEntry e : entries) {
            csv.printRecord(e.id(), time.format(e.at()), e.staffId(), e.staffName(), e.action(), e.entity(),
                    e.entityId(), e.summary());
        }
        csv.flush();
    }
}

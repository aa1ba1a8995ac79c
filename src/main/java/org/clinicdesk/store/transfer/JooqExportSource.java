package org.clinicdesk.store.transfer;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.CLINICIAN;
import static org.clinicdesk.store.jooq.Tables.CONSULTATION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clinicdesk.domain.transfer.CsvTable;
import org.clinicdesk.domain.transfer.EnquiryField;
import org.clinicdesk.domain.transfer.ExportSource;
import org.clinicdesk.store.Database;
import org.jooq.Record;

/** Enquiries and consultations as tables for CSV export; erased enquiries are left out. */
public final class JooqExportSource implements ExportSource {
    private final Database db;

    public JooqExportSource(Database db) {
        this.db = db;
    }

    @Override
    public CsvTable enquiries() {
        List<String> headers = Arrays.stream(EnquiryField.values()).map(EnquiryField::heading).toList();
        List<List<String>> rows = db.read(ctx -> ctx.select(ENQUIRY.FULL_NAME, ENQUIRY.PHONE, ENQUIRY.PHONE_ALT,
                        ENQUIRY.EMAIL, ENQUIRY.CITY, ENQUIRY.AGE, ENQUIRY.CHANNEL, ENQUIRY.REFERRER, CENTRE.NAME,
                        ENQUIRY.NOTES, ENQUIRY.STATUS, ENQUIRY.NEXT_FOLLOW_UP, ENQUIRY.CREATED_AT,
                        ENQUIRY.CONSENT_METHOD, ENQUIRY.CONSENT_GIVEN_AT)
                .from(ENQUIRY).join(CENTRE).on(CENTRE.ID.eq(ENQUIRY.CENTRE_ID))
                .where(ENQUIRY.ERASED_AT.isNull())
                .orderBy(ENQUIRY.ID)
                .fetch(JooqExportSource::cells));
        return new CsvTable(headers, rows, "UTF-8", ',');
    }

    @Override
    public CsvTable consultations() {
        List<String> headers = List.of("Consultation", "Enquiry", "Name", "Centre", "Clinician", "Starts", "Ends",
                "Minutes", "Mode", "Status", "Cancel reason", "Notes");
        List<List<String>> rows = db.read(ctx -> ctx.select(CONSULTATION.ID, CONSULTATION.ENQUIRY_ID, ENQUIRY.FULL_NAME,
                        CENTRE.NAME, CLINICIAN.NAME, CONSULTATION.STARTS_AT, CONSULTATION.ENDS_AT,
                        CONSULTATION.DURATION_MINUTES, CONSULTATION.MODE, CONSULTATION.STATUS, CONSULTATION.CANCEL_REASON,
                        CONSULTATION.NOTES)
                .from(CONSULTATION)
                .join(ENQUIRY).on(ENQUIRY.ID.eq(CONSULTATION.ENQUIRY_ID))
                .join(CENTRE).on(CENTRE.ID.eq(CONSULTATION.CENTRE_ID))
                .join(CLINICIAN).on(CLINICIAN.ID.eq(CONSULTATION.CLINICIAN_ID))
                .orderBy(CONSULTATION.STARTS_AT, CONSULTATION.ID)
                .fetch(JooqExportSource::cells));
        return new CsvTable(headers, rows, "UTF-8", ',');
    }

    private static List<String> cells(Record r) {
        List<String> cells = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) {
            Object v = r.get(i);
            cells.add(v == null ? "" : v.toString());
        }
        return cells;
    }
}

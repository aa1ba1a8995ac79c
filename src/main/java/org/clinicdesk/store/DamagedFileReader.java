package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.SETTING;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;
import org.clinicdesk.domain.transfer.CsvTable;
import org.clinicdesk.domain.transfer.EnquiryField;
import org.clinicdesk.store.backup.BackupService;
import org.jooq.Record;

/**
 * What can still be read from a data file too damaged to open normally, read-only: the backup folder chosen in
 * Settings, the erasures it holds, and the enquiries as a table in the import's own headings (so the file re-imports as it is).
 */
public final class DamagedFileReader {
    private DamagedFileReader() {
    }

    /** The backup folder setting, if the file still lets us read it. */
    public static Optional<Path> backupFolder(Path file) {
        try (Database readOnly = Database.openReadOnly(file)) {
            return readOnly.read(ctx -> ctx.select(SETTING.VALUE).from(SETTING)
                    .where(SETTING.KEY.eq(BackupService.FOLDER_SETTING)).fetchOptional(SETTING.VALUE)).map(Path::of);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every erased enquiry's id and erasure instant, for the erasure ledger; throws if the file cannot be read. */
    public static List<org.clinicdesk.domain.privacy.ErasureLedger.Entry> erasures(Path file) {
        try (Database readOnly = Database.openReadOnly(file)) {
            return new JooqPrivacyRepository(readOnly).erasures();
        }
    }

    /** Every enquiry that can be read, erased ones left out; throws if the file cannot be read that far. */
    public static CsvTable enquiries(Path file) {
        try (Database readOnly = Database.openReadOnly(file)) {
            return enquiries(readOnly);
        }
    }

    /** The same table from an open database. */
    public static CsvTable enquiries(Database db) {
        // every field, under the headings the import maps back by itself
        List<String> headers = Stream.of(EnquiryField.FULL_NAME, EnquiryField.PHONE, EnquiryField.PHONE_ALT,
                EnquiryField.EMAIL, EnquiryField.CITY, EnquiryField.AGE, EnquiryField.BIRTH_YEAR, EnquiryField.LANGUAGE,
                EnquiryField.CHANNEL, EnquiryField.REFERRER, EnquiryField.CENTRE, EnquiryField.NOTES, EnquiryField.STATUS,
                EnquiryField.CLOSE_REASON, EnquiryField.NEXT_FOLLOW_UP, EnquiryField.ENQUIRY_DATE, EnquiryField.CONSENT,
                EnquiryField.CONSENT_DATE, EnquiryField.CONSENT_WITHDRAWN, EnquiryField.CONDITIONS,
                EnquiryField.PERSON_ID).map(EnquiryField::heading).toList();
        List<List<String>> rows = db.read(ctx -> ctx.select(ENQUIRY.FULL_NAME, ENQUIRY.PHONE, ENQUIRY.PHONE_ALT,
                        ENQUIRY.EMAIL, ENQUIRY.CITY, ENQUIRY.AGE, ENQUIRY.BIRTH_YEAR, ENQUIRY.LANGUAGE, ENQUIRY.CHANNEL,
                        ENQUIRY.REFERRER, CENTRE.NAME, ENQUIRY.NOTES, ENQUIRY.STATUS, ENQUIRY.CLOSE_REASON,
                        ENQUIRY.NEXT_FOLLOW_UP, ENQUIRY.CREATED_AT, ENQUIRY.CONSENT_METHOD, ENQUIRY.CONSENT_GIVEN_AT,
                        ENQUIRY.CONSENT_WITHDRAWN_AT, org.jooq.impl.DSL.field("(SELECT group_concat("
                                + "mc.name, '; ') FROM enquiry_condition ec JOIN medical_condition mc ON mc.id = "
                                + "ec.condition_id WHERE ec.enquiry_id = enquiry.id)", String.class), ENQUIRY.PERSON_ID)
                .from(ENQUIRY).join(CENTRE).on(CENTRE.ID.eq(ENQUIRY.CENTRE_ID))
                .where(ENQUIRY.ERASED_AT.isNull())
                .orderBy(ENQUIRY.ID)
                .fetch(DamagedFileReader::cells));
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

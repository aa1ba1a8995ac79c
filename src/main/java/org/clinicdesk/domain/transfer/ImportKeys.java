package org.clinicdesk.domain.transfer;

import java.time.Instant;
import java.time.ZoneId;
import org.clinicdesk.domain.enquiry.PersonName;

/**
 * What makes a row "already there": the same person's name (normalised, case-folded), phone and enquiry day. An
 * import of the same file, or of an export that overlaps the last one, skips those rows instead of doubling them.
 */
public final class ImportKeys {
    private ImportKeys() {
    }

    public static String of(String fullName, String phone, Instant enquiryAt, ZoneId zone) {
        return PersonName.key(fullName) + '\u0000' + (phone == null ? "" : phone) + '\u0000'
                + (enquiryAt == null ? "" : enquiryAt.atZone(zone).toLocalDate().toString());
    }
}

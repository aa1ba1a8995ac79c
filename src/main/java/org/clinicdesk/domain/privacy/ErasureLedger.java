package org.clinicdesk.domain.privacy;

import java.time.Instant;
import java.util.List;

/**
 * Which enquiries were erased and when: ids and dates only, never a name or a detail. Kept beside the database, not
 * in it, so it outlives a restore: every erasure the restored backup does not know is applied again.
 */
public interface ErasureLedger {
    record Entry(long enquiryId, Instant erasedAt) {
    }

    /** Adds these erasures (an id already in the ledger keeps its first date). */
    void add(List<Entry> entries);

    /** Every erasure recorded, oldest first. */
    List<Entry> entries();
}

package org.clinicdesk.domain.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinicdesk.domain.common.Progress;

/** What the import needs from storage: centres, known phones, the insert, and saved column mappings. */
public interface EnquiryImportStore {
    /** Centre ids by name, lower-cased. */
    Map<String, Long> centreIdsByName();

    /** Every phone and alternate phone already on an enquiry (E.164). */
    Set<String> knownPhones();

    /** Inserts the rows as new enquiries; joins the caller's transaction. Returns the ids, in order. */
    List<Long> insert(List<ImportedEnquiry> rows, Long staffId, Progress progress);

    Optional<ColumnMapping> mapping(String name);

    List<String> mappingNames();

    void saveMapping(ColumnMapping mapping);
}

package org.clinicdesk.domain.transfer;

import java.util.List;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.MedicalCondition;
import java.util.Optional;
import java.util.Set;
import org.clinicdesk.domain.common.Progress;

/** What the import needs from storage: centres, conditions, known phones, the insert, and saved column mappings. */
public interface EnquiryImportStore {
    /** Every centre, active or not, with its name and city as the clinic wrote them. */
    List<Centre> centres();

    /** The clinic's conditions list, with the other names people use. */
    List<MedicalCondition> conditions();

    /**
     * What identifies each stored enquiry for a second import: {@link ImportKeys#of} of its normalised name, phone
     * and enquiry date (in {@code zone}); erased enquiries are left out.
     */
    Set<String> enquiryKeys(java.time.ZoneId zone);

    /** Every phone and alternate phone already on an enquiry (E.164). */
    Set<String> knownPhones();

    /** Inserts the rows as new enquiries, with their conditions; joins the caller's transaction. Returns the ids. */
    List<Long> insert(List<ImportedEnquiry> rows, Long staffId, Progress progress);

    /** Adds a condition to the clinic's list under this name; joins the caller's transaction. */
    void addCondition(String name);

    Optional<ColumnMapping> mapping(String name);

    List<String> mappingNames();

    void saveMapping(ColumnMapping mapping);
}

package org.clinicdesk.domain.transfer;

/** Reads what an export writes, as tables whose headings the import understands. */
public interface ExportSource {
    /** Every enquiry not erased, with the headings of {@link EnquiryField}. */
    CsvTable enquiries();

    CsvTable consultations();
}

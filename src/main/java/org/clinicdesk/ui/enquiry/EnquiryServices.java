package org.clinicdesk.ui.enquiry;

import org.clinicdesk.domain.enquiry.EnquiryExportFile;
import org.clinicdesk.domain.enquiry.EnquiryService;
import org.clinicdesk.domain.enquiry.FollowUpQueue;

/** What the enquiries screen is given by the application. */
public record EnquiryServices(EnquiryService enquiries, FollowUpQueue followUps, EnquiryExportFile exportFile) {
}

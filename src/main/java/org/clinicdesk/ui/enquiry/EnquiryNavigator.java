package org.clinicdesk.ui.enquiry;

import java.util.List;

/** Work that starts on an enquiry and continues on another screen: giving sheets, booking a consultation. */
public interface EnquiryNavigator {
    EnquiryNavigator NONE = new EnquiryNavigator() {
        @Override
        public void giveSheets(long enquiryId, List<Long> conditionIds, Runnable whenDone) {
        }

        @Override
        public void bookConsultation(long enquiryId) {
        }
    };

    /** Opens "Give sheets" for the enquiry's conditions; {@code whenDone} runs after each handout is logged and when that window closes. */
    void giveSheets(long enquiryId, List<Long> conditionIds, Runnable whenDone);

    /** Opens the booking for this enquiry on the consultations screen. */
    void bookConsultation(long enquiryId);
}

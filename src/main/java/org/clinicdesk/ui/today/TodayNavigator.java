package org.clinicdesk.ui.today;

import java.time.LocalDate;

/** Where an item on Today opens: the shell knows the screens, Today only says what was chosen. */
public interface TodayNavigator {
    void openConsultation(long centreId, LocalDate day, long consultationId);

    void openEnquiry(long enquiryId);

    /** The follow-up queue as a whole. */
    void openFollowUps();
}

package org.clinicdesk.domain.today;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.consultation.Consultation;

/** Everything the first screen of the day shows, read at one moment. */
public record TodayOverview(LocalDate today, LocalDateTime now, List<Centre> centres, List<Consultation> consultations,
                            Map<Long, String> clinicianNames, List<EnquiryGlance> followUps,
                            List<EnquiryGlance> newEnquiries) {

    public List<Consultation> at(long centreId) {
        return consultations.stream().filter(c -> c.centreId() == centreId).toList();
    }

    /** Booked or confirmed today and not here yet, earliest first. */
    public List<Consultation> stillExpected() {
        return consultations.stream().filter(c -> c.status().isExpected()).toList();
    }
}

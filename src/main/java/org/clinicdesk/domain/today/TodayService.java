package org.clinicdesk.domain.today;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.clinicdesk.domain.consultation.Clinician;
import org.clinicdesk.domain.consultation.ConsultationService;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;

/** The first screen of the day: today's consultations, arrivals still expected, follow-ups due, new enquiries. */
public final class TodayService {
    static final int LIST_LIMIT = 200;
    private final TodayRepository repository;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;

    public TodayService(TodayRepository repository, ConsultationService consultations, CurrentUser currentUser) {
        this.repository = repository;
        this.consultations = consultations;
        this.currentUser = currentUser;
    }

    public TodayOverview overview() {
        currentUser.require(Permission.VIEW_DESK, "action.seeTheDay");
        LocalDate today = consultations.today();
        Map<Long, String> names = consultations.clinicians().stream()
                .collect(Collectors.toMap(Clinician::id, Clinician::name));
        return new TodayOverview(today, consultations.now(), consultations.centres(),
                consultations.between(today, today.plusDays(1), null, null), names,
                repository.followUpsDue(today, LIST_LIMIT),
                repository.createdSince(today.minusDays(1).atStartOfDay(consultations.zone()).toInstant(), LIST_LIMIT));
    }
}

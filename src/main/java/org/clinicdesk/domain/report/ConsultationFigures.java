package org.clinicdesk.domain.report;

import java.util.List;

/**
 * Consultations whose start falls on the range's days (clinic time), by status, by clinician and weekday, with the
 * reasons given for cancelling and how they were held.
 *
 * @param cancelReasons key null: no reason given
 */
public record ConsultationFigures(List<Count> byStatus, List<ClinicianDay> byClinicianDay, List<Count> cancelReasons,
                                  List<Count> byMode) {
    public ConsultationFigures {
        byStatus = List.copyOf(byStatus);
        byClinicianDay = List.copyOf(byClinicianDay);
        cancelReasons = List.copyOf(cancelReasons);
        byMode = List.copyOf(byMode);
    }

    /**
     * One clinician on one weekday (1 Monday ... 7 Sunday).
     *
     * @param booked    every consultation but those rescheduled (their new booking counts instead)
     * @param attended  arrived or completed
     */
    public record ClinicianDay(String clinician, int weekday, long booked, long attended, long noShows, long cancelled) {
    }

    public long total() {
        return byStatus.stream().mapToLong(Count::count).sum();
    }
}

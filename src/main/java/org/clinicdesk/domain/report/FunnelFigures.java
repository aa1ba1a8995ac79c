package org.clinicdesk.domain.report;

import java.util.List;

/**
 * People who enquired in the range (enquiries linked as the same person count once, under their first enquiry's
 * channel and centre in the range), how many of them were booked and how many came.
 *
 * @param medianDaysToFirst median days from the first enquiry to the first consultation held or still due (not
 *                          cancelled or rescheduled); null when nobody was booked
 */
public record FunnelFigures(Stages total, List<Stages> byChannel, List<Stages> byCentre, Double medianDaysToFirst) {
    public FunnelFigures {
        byChannel = List.copyOf(byChannel);
        byCentre = List.copyOf(byCentre);
    }

    /**
     * @param booked   people with any consultation booked for one of these enquiries
     * @param attended people who arrived for one (arrived or completed)
     */
    public record Stages(String key, long people, long booked, long attended) {
    }
}

package org.clinicdesk.domain.report;

import java.time.LocalDate;

/**
 * The reports' figures, each an aggregate worked out by the database over the whole period (never rows read into
 * memory). {@code centreId} null: every centre. Implemented in {@code store}.
 */
public interface ReportQueries {
    EnquiryFigures enquiries(ReportPeriod period, Long centreId);

    FunnelFigures funnel(ReportPeriod period, Long centreId);

    ConsultationFigures consultations(ReportPeriod period, Long centreId);

    /** @param today the clinic's day: follow-ups dated before it and not answered are overdue */
    FollowUpFigures followUps(ReportPeriod period, Long centreId, LocalDate today);

    SheetFigures sheets(ReportPeriod period, Long centreId);
}

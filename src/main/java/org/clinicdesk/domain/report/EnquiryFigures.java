package org.clinicdesk.domain.report;

import java.util.List;

/**
 * Enquiries recorded in the range (each enquiry once, erased ones included).
 *
 * @param byCondition an enquiry about two conditions counts under each; key null: no condition given
 * @param weekly      one count per week of {@link ReportPeriod#weeks()}, key the week's first day (ISO)
 * @param byReferrer  referrals only; key null: no referrer recorded (or erased)
 */
public record EnquiryFigures(long total, List<Count> byChannel, List<Count> byCondition, List<Count> byCentre,
                             List<Count> weekly, List<Count> byReferrer) {
    public EnquiryFigures {
        byChannel = List.copyOf(byChannel);
        byCondition = List.copyOf(byCondition);
        byCentre = List.copyOf(byCentre);
        weekly = List.copyOf(weekly);
        byReferrer = List.copyOf(byReferrer);
    }
}

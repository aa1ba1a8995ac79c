package org.clinicdesk.domain.report;

import java.util.List;
import org.clinicdesk.domain.common.UserMessage;

/**
 * A chart drawn beside a report's tables: bars (one colour per bar), the funnel (horizontal bars with their rates
 * written on them) or the weekly trend (a line).
 */
public record ReportChart(Kind kind, UserMessage title, List<Point> points) {
    public enum Kind { BARS, FUNNEL, TREND }

    public ReportChart {
        points = List.copyOf(points);
    }

    /** @param note written on the bar (the funnel's rates), or null */
    public record Point(UserMessage label, long value, UserMessage note) {
    }
}

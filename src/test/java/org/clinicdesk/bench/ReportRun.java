package org.clinicdesk.bench;

import java.time.LocalDate;
import java.util.Map;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.domain.report.DateRange;
import org.clinicdesk.domain.report.ReportKind;

/**
 * Each report over the last 90 days and over a year, both centres, against one plain aggregate over the same rows
 * (the report's main table grouped by the figure it shows most).
 */
final class ReportRun {
    private static final Map<ReportKind, String> FLOORS = Map.of(
            ReportKind.ENQUIRIES, "SELECT channel, count(*) FROM enquiry WHERE created_at >= ? AND created_at < ? GROUP BY channel",
            ReportKind.FUNNEL, "SELECT status, count(*) FROM enquiry WHERE created_at >= ? AND created_at < ? GROUP BY status",
            ReportKind.CONSULTATIONS, "SELECT status, count(*) FROM consultation WHERE starts_at >= ? AND starts_at < ?"
                    + " GROUP BY status",
            ReportKind.FOLLOW_UPS, "SELECT status, count(*) FROM enquiry WHERE next_follow_up >= ? AND next_follow_up < ?"
                    + " GROUP BY status",
            ReportKind.SHEETS, "SELECT language, count(*) FROM handout WHERE given_at >= ? AND given_at < ? GROUP BY language");

    private ReportRun() {
    }

    static void measure(AppContext context, Floors floor, BenchTable table) {
        LocalDate today = context.reportService().today();
        for (int days : new int[] {90, 365}) {
            DateRange range = new DateRange(today.minusDays(days - 1), today);
            String from = range.from().toString();
            String to = range.to().plusDays(1).toString();
            for (ReportKind kind : ReportKind.values()) {
                Timings d = Timings.of(2, 10, i -> context.reportService().run(kind, range, null));
                Timings f = Timings.of(2, 10, i -> floor.query(FLOORS.get(kind), from, to));
                table.row("report: " + kind.commandName() + ", " + days + " days, both centres", d.p50p99(), d.p50(),
                        f.p50p99(), f.p50(), "≤ 300 ms");
            }
        }
    }
}

package org.clinicdesk.bench;

import java.time.LocalDate;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.domain.clinic.Centre;

/** The day view for a centre and Today, against the plain queries that read the same rows. */
final class DiaryRun {
    private DiaryRun() {
    }

    static void measure(AppContext context, Floors floor, BenchTable table, LocalDate today) {
        Centre centre = context.consultationService().centres().getFirst();
        String from = today.toString();
        String to = today.plusDays(1).toString();
        String daySql = "SELECT c.*, e.full_name, e.phone FROM consultation c JOIN enquiry e ON e.id = c.enquiry_id"
                + " WHERE c.centre_id = ? AND c.starts_at >= ? AND c.starts_at < ? ORDER BY c.starts_at";
        Timings d = Timings.of(10, 100, i -> context.consultationService().day(centre.id(), today));
        Timings f = Timings.of(10, 100, i -> floor.query(daySql, centre.id(), from, to));
        table.row("day view, one centre, today", d.p50p99(), d.p50(), f.p50p99(), f.p50(), "–");
        String past = today.minusDays(30).toString();
        String pastTo = today.minusDays(29).toString();
        Timings dp = Timings.of(10, 100, i -> context.consultationService().day(centre.id(), today.minusDays(30)));
        Timings fp = Timings.of(10, 100, i -> floor.query(daySql, centre.id(), past, pastTo));
        table.row("day view, one centre, a full past day", dp.p50p99(), dp.p50(), fp.p50p99(), fp.p50(), "–");

        Timings t = Timings.of(5, 50, i -> context.todayService().overview());
        Timings ft = Timings.of(5, 50, i -> {
            floor.query(daySql.replace("c.centre_id = ? AND ", ""), from, to);
            floor.query("SELECT id, full_name, phone, next_follow_up FROM enquiry WHERE next_follow_up <= ?"
                    + " AND status <> 'CLOSED' ORDER BY next_follow_up LIMIT 50", from);
            floor.query("SELECT id, full_name, phone, created_at FROM enquiry WHERE created_at >= ?"
                    + " ORDER BY created_at DESC LIMIT 50", from);
        });
        table.row("Today (consultations, follow-ups due, new enquiries)", t.p50p99(), t.p50(), ft.p50p99(), ft.p50(),
                "–");
    }
}

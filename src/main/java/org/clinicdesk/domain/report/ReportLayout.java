package org.clinicdesk.domain.report;

import static org.clinicdesk.domain.report.ReportText.label;
import static org.clinicdesk.domain.report.ReportText.name;
import static org.clinicdesk.domain.report.ReportText.rate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.report.ConsultationFigures.ClinicianDay;
import org.clinicdesk.domain.report.FunnelFigures.Stages;
import org.clinicdesk.domain.report.ReportChart.Kind;
import org.clinicdesk.domain.report.ReportChart.Point;

/** Lays each report's figures out as the tables and charts a manager reads; the same layout feeds screen, CSV and PDF. */
final class ReportLayout {
    private final DateRange range;
    private final String centre;
    private final LocalDate today;

    ReportLayout(DateRange range, String centre, LocalDate today) {
        this.range = range;
        this.centre = centre;
        this.today = today;
    }

    Report enquiries(EnquiryFigures f) {
        Function<String, UserMessage> channel = k -> label("enquiry.channel.", k, "report.none");
        List<ReportTable> tables = List.of(
                new TableBuilder("byChannel", 1, "channel", "enquiries").counts(f.byChannel(), channel).build(),
                new TableBuilder("byCondition", 1, "condition", "enquiries")
                        .counts(f.byCondition(), k -> name(k, "report.noCondition")).build(),
                new TableBuilder("byCentre", 1, "centre", "enquiries")
                        .counts(f.byCentre(), k -> name(k, "report.none")).build(),
                new TableBuilder("weekly", 1, "weekFrom", "enquiries")
                        .counts(f.weekly(), k -> UserMessage.of("report.name", ReportText.day(LocalDate.parse(k))))
                        .build(),
                new TableBuilder("byReferrer", 1, "referrer", "referrals")
                        .counts(f.byReferrer(), k -> name(k, "report.noReferrer")).build());
        List<ReportChart> charts = List.of(
                new ReportChart(Kind.BARS, UserMessage.of("report.chart.byChannel"), points(f.byChannel(), channel)),
                new ReportChart(Kind.TREND, UserMessage.of("report.chart.weekly"), points(f.weekly(),
                        k -> UserMessage.of("report.name", ReportText.day(LocalDate.parse(k))))));
        return report(ReportKind.ENQUIRIES, f.total() == 0, tables, charts);
    }

    Report funnel(FunnelFigures f) {
        Stages t = f.total();
        ReportTable stages = new TableBuilder("funnel", 1, "stage", "people", "percentOfEnquired")
                .row(UserMessage.of("report.stage.enquired"), t.people(), rate(t.people(), t.people()))
                .row(UserMessage.of("report.stage.booked"), t.booked(), rate(t.booked(), t.people()))
                .row(UserMessage.of("report.stage.attended"), t.attended(), rate(t.attended(), t.people()))
                .build();
        ReportTable wait = new TableBuilder("wait", 1, "measure", "days")
                .row(UserMessage.of("report.medianDays"), f.medianDaysToFirst()).build();
        List<ReportTable> tables = List.of(stages,
                conversion("conversionByChannel", "channel", f.byChannel(),
                        k -> label("enquiry.channel.", k, "report.none")),
                conversion("conversionByCentre", "centre", f.byCentre(), k -> name(k, "report.none")), wait);
        List<Point> funnel = List.of(
                new Point(UserMessage.of("report.stage.enquired"), t.people(), null),
                new Point(UserMessage.of("report.stage.booked"), t.booked(), note(t.booked(), t.people())),
                new Point(UserMessage.of("report.stage.attended"), t.attended(), note(t.attended(), t.people())));
        List<Point> attendedByChannel = f.byChannel().stream().map(s -> new Point(
                label("enquiry.channel.", s.key(), "report.none"), s.attended(), note(s.attended(), s.people())))
                .toList();
        return report(ReportKind.FUNNEL, t.people() == 0, tables, List.of(
                new ReportChart(Kind.FUNNEL, UserMessage.of("report.chart.funnel"), funnel),
                new ReportChart(Kind.BARS, UserMessage.of("report.chart.attendedByChannel"), attendedByChannel)));
    }

    private static ReportTable conversion(String title, String group, List<Stages> stages,
                                          Function<String, UserMessage> label) {
        TableBuilder table = new TableBuilder(title, 1, group, "people", "booked", "attended", "bookedPercent",
                "attendedPercent");
        for (Stages s : stages) {
            table.row(label.apply(s.key()), s.people(), s.booked(), s.attended(), rate(s.booked(), s.people()),
                    rate(s.attended(), s.people()));
        }
        return table.build();
    }

    Report consultations(ConsultationFigures f) {
        Function<String, UserMessage> status = k -> label("consultation.status.", k, "report.none");
        Map<String, long[]> byClinician = new TreeMap<>();
        Map<Integer, long[]> byWeekday = new TreeMap<>();
        TableBuilder both = new TableBuilder("byClinicianWeekday", 2, "clinician", "weekday", "booked", "noShows",
                "noShowPercent", "cancelled", "cancelledPercent");
        for (ClinicianDay d : f.byClinicianDay()) {
            long[] figures = {d.booked(), d.noShows(), d.cancelled()};
            add(byClinician.computeIfAbsent(d.clinician(), k -> new long[3]), figures);
            add(byWeekday.computeIfAbsent(d.weekday(), k -> new long[3]), figures);
            both.row(List.of(name(d.clinician(), "report.none"), ReportText.weekday(d.weekday())), rates(figures));
        }
        TableBuilder clinicians = new TableBuilder("byClinician", 1, "clinician", "booked", "noShows", "noShowPercent",
                "cancelled", "cancelledPercent");
        byClinician.forEach((k, v) -> clinicians.row(name(k, "report.none"), rates(v)));
        TableBuilder weekdays = new TableBuilder("byWeekday", 1, "weekday", "booked", "noShows", "noShowPercent",
                "cancelled", "cancelledPercent");
        List<Point> noShowsByDay = new ArrayList<>();
        byWeekday.forEach((k, v) -> {
            weekdays.row(ReportText.weekday(k), rates(v));
            noShowsByDay.add(new Point(ReportText.weekday(k), v[1], note(v[1], v[0])));
        });
        List<ReportTable> tables = List.of(
                new TableBuilder("byStatus", 1, "status", "consultations").counts(f.byStatus(), status).build(),
                clinicians.build(), weekdays.build(), both.build(),
                new TableBuilder("cancelReasons", 1, "reason", "cancellations")
                        .counts(f.cancelReasons(), k -> name(k, "report.noReason")).build(),
                new TableBuilder("byMode", 1, "mode", "consultations")
                        .counts(f.byMode(), k -> label("consultation.mode.", k, "report.none")).build());
        return report(ReportKind.CONSULTATIONS, f.total() == 0, tables, List.of(
                new ReportChart(Kind.BARS, UserMessage.of("report.chart.byStatus"), points(f.byStatus(), status)),
                new ReportChart(Kind.BARS, UserMessage.of("report.chart.noShowsByWeekday"), noShowsByDay)));
    }

    /** booked, no-shows, cancelled as booked, no-shows, their rate, cancelled, its rate. */
    private static Number[] rates(long[] v) {
        return new Number[] {v[0], v[1], rate(v[1], v[0]), v[2], rate(v[2], v[0])};
    }

    Report followUps(FollowUpFigures f) {
        long answered = f.onTime() + f.late();
        Function<String, UserMessage> reason = k -> label("enquiry.closeReason.", k, "report.noReason");
        List<ReportTable> tables = List.of(
                new TableBuilder("contacts", 1, "contactKind", "contacts")
                        .counts(f.contactsByKind(), k -> label("enquiry.contact.", k, "report.none")).build(),
                new TableBuilder("followUpTiming", 1, "followUps", "count", "percentOfAnswered")
                        .row(UserMessage.of("report.followUp.onTime"), f.onTime(), rate(f.onTime(), answered))
                        .row(UserMessage.of("report.followUp.late"), f.late(), rate(f.late(), answered))
                        .row(UserMessage.of("report.followUp.overdue"), f.overdue(), null).build(),
                new TableBuilder("closedByReason", 1, "reason", "enquiries").counts(f.closedByReason(), reason).build());
        List<Point> timing = List.of(
                new Point(UserMessage.of("report.followUp.onTime"), f.onTime(), note(f.onTime(), answered)),
                new Point(UserMessage.of("report.followUp.late"), f.late(), note(f.late(), answered)),
                new Point(UserMessage.of("report.followUp.overdue"), f.overdue(), null));
        long contacts = f.contactsByKind().stream().mapToLong(Count::count).sum();
        boolean empty = contacts == 0 && f.overdue() == 0 && f.closedByReason().isEmpty();
        return report(ReportKind.FOLLOW_UPS, empty, tables, List.of(
                new ReportChart(Kind.BARS, UserMessage.of("report.chart.followUpTiming"), timing),
                new ReportChart(Kind.BARS, UserMessage.of("report.chart.closedByReason"),
                        points(f.closedByReason(), reason))));
    }

    Report sheets(SheetFigures f) {
        Map<String, Long> bySheet = new LinkedHashMap<>();
        Map<String, Long> byLanguage = new LinkedHashMap<>();
        TableBuilder both = new TableBuilder("bySheetLanguage", 2, "sheet", "language", "handedOut");
        for (SheetFigures.SheetLanguage s : f.bySheetLanguage()) {
            bySheet.merge(s.sheet(), s.count(), Long::sum);
            byLanguage.merge(s.language(), s.count(), Long::sum);
            both.row(List.of(name(s.sheet(), "report.none"), ReportText.language(s.language())), s.count());
        }
        List<Count> sheets = sortedCounts(bySheet);
        List<Count> languages = sortedCounts(byLanguage);
        List<ReportTable> tables = List.of(
                new TableBuilder("bySheet", 1, "sheet", "handedOut").counts(sheets, k -> name(k, "report.none")).build(),
                new TableBuilder("byLanguage", 1, "language", "handedOut").counts(languages, ReportText::language).build(),
                both.build(),
                new TableBuilder("byMethod", 1, "how", "handedOut")
                        .counts(f.byMethod(), k -> label("report.method.", k, "report.none")).build(),
                new TableBuilder("toWhom", 1, "toWhom", "handedOut")
                        .row(UserMessage.of("report.toEnquiry"), f.toEnquiries())
                        .row(UserMessage.of("report.toWalkIn"), f.toWalkIns()).build());
        return report(ReportKind.SHEETS, f.total() == 0, tables, List.of(
                new ReportChart(Kind.BARS, UserMessage.of("report.chart.byLanguage"),
                        points(languages, ReportText::language)),
                new ReportChart(Kind.BARS, UserMessage.of("report.chart.bySheet"),
                        points(sheets, k -> name(k, "report.none")))));
    }

    private Report report(ReportKind kind, boolean empty, List<ReportTable> tables, List<ReportChart> charts) {
        return new Report(kind, range, centre, today, empty, tables, charts);
    }

    private static List<Point> points(List<Count> counts, Function<String, UserMessage> label) {
        return counts.stream().map(c -> new Point(label.apply(c.key()), c.count(), null)).toList();
    }

    private static UserMessage note(long part, long whole) {
        Double rate = rate(part, whole);
        return rate == null ? null : UserMessage.of("report.percent", ReportText.percent(rate));
    }

    private static List<Count> sortedCounts(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(e -> String.valueOf(e.getKey()))).map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    private static void add(long[] into, long[] values) {
        for (int i = 0; i < into.length; i++) {
            into[i] += values[i];
        }
    }
}

package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.CLINICIAN;
import static org.clinicdesk.store.jooq.Tables.CONSULTATION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_CONDITION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;
import static org.clinicdesk.store.jooq.Tables.MEDICAL_CONDITION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinicdesk.domain.report.ConsultationFigures;
import org.clinicdesk.domain.report.ConsultationFigures.ClinicianDay;
import org.clinicdesk.domain.report.Count;
import org.clinicdesk.domain.report.EnquiryFigures;
import org.clinicdesk.domain.report.FollowUpFigures;
import org.clinicdesk.domain.report.FunnelFigures;
import org.clinicdesk.domain.report.ReportPeriod;
import org.clinicdesk.domain.report.ReportQueries;
import org.clinicdesk.domain.report.SheetFigures;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Row3;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The reports' figures as SQL aggregates over the whole period: GROUP BY in the database, a few dozen groups back.
 * The indexes the plans use are in V11. Stamps stored in UTC are compared with the period's UTC bounds; consultation
 * times, stored as clinic-local text, with its local days.
 */
public final class JooqReportRepository implements ReportQueries {
    static final List<String> ATTENDED = List.of("ARRIVED", "COMPLETED");
    private static final List<String> CONTACTS = List.of("CONTACT_CALL", "CONTACT_WHATSAPP", "CONTACT_NO_ANSWER");

    private final Database db;

    public JooqReportRepository(Database db) {
        this.db = db;
    }

    @Override
    public EnquiryFigures enquiries(ReportPeriod period, Long centreId) {
        Condition inRange = enquiredIn(period, centreId);
        return db.read(ctx -> {
            List<Count> byChannel = counts(ctx.select(ENQUIRY.CHANNEL, DSL.count()).from(ENQUIRY).where(inRange)
                    .groupBy(ENQUIRY.CHANNEL).orderBy(DSL.count().desc(), ENQUIRY.CHANNEL).fetch());
            List<Count> byCentre = counts(ctx.select(CENTRE.NAME, DSL.count()).from(ENQUIRY)
                    .join(CENTRE).on(CENTRE.ID.eq(ENQUIRY.CENTRE_ID)).where(inRange)
                    .groupBy(ENQUIRY.CENTRE_ID, CENTRE.NAME).orderBy(DSL.count().desc(), CENTRE.NAME).fetch());
            List<Count> byCondition = counts(ctx.select(MEDICAL_CONDITION.NAME, DSL.count()).from(ENQUIRY)
                    .leftJoin(ENQUIRY_CONDITION).on(ENQUIRY_CONDITION.ENQUIRY_ID.eq(ENQUIRY.ID))
                    .leftJoin(MEDICAL_CONDITION).on(MEDICAL_CONDITION.ID.eq(ENQUIRY_CONDITION.CONDITION_ID))
                    .where(inRange).groupBy(MEDICAL_CONDITION.ID, MEDICAL_CONDITION.NAME)
                    .orderBy(DSL.count().desc(), MEDICAL_CONDITION.NAME).fetch());
            Field<String> referrer = DSL.nullif(DSL.trim(ENQUIRY.REFERRER), "");
            List<Count> byReferrer = counts(ctx.select(referrer, DSL.count()).from(ENQUIRY)
                    .where(inRange).and(ENQUIRY.CHANNEL.eq("REFERRAL"))
                    .groupBy(referrer).orderBy(DSL.count().desc(), referrer).fetch());
            long total = byChannel.stream().mapToLong(Count::count).sum();
            return new EnquiryFigures(total, byChannel, byCondition, byCentre, weekly(ctx, period, centreId), byReferrer);
        });
    }

    /** One count per week: each week is its own index range over created_at, exact in any time zone. */
    private static List<Count> weekly(DSLContext ctx, ReportPeriod period, Long centreId) {
        List<ReportPeriod.Week> weeks = period.weeks();
        @SuppressWarnings("unchecked")
        Row3<Integer, String, String>[] rows = new Row3[weeks.size()];
        for (int i = 0; i < weeks.size(); i++) {
            rows[i] = DSL.row(i, Timestamps.format(weeks.get(i).start()), Timestamps.format(weeks.get(i).end()));
        }
        Table<Record3<Integer, String, String>> w = DSL.values(rows).as("w", "n", "s", "e");
        Field<Integer> n = w.field("n", Integer.class);
        Condition inWeek = ENQUIRY.CREATED_AT.ge(w.field("s", String.class))
                .and(ENQUIRY.CREATED_AT.lt(w.field("e", String.class)))
                .and(centreId == null ? DSL.noCondition() : ENQUIRY.CENTRE_ID.eq(centreId));
        Map<Integer, Integer> counted = ctx.select(n, DSL.count(ENQUIRY.ID)).from(w).leftJoin(ENQUIRY).on(inWeek)
                .groupBy(n).fetchMap(Record2::value1, Record2::value2);
        List<Count> weekly = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            weekly.add(new Count(weeks.get(i).firstDay().toString(), counted.getOrDefault(i, 0)));
        }
        return weekly;
    }

    @Override
    public FunnelFigures funnel(ReportPeriod period, Long centreId) {
        return db.read(ctx -> new FunnelQuery(period, centreId).run(ctx));
    }

    @Override
    public ConsultationFigures consultations(ReportPeriod period, Long centreId) {
        Condition inRange = CONSULTATION.STARTS_AT.ge(period.firstLocalDay())
                .and(CONSULTATION.STARTS_AT.lt(period.endLocalDay()))
                .and(centreId == null ? DSL.noCondition() : CONSULTATION.CENTRE_ID.eq(centreId));
        // strftime('%w'): 0 Sunday ... 6 Saturday, of the clinic-local start
        Field<Integer> weekday = DSL.field("cast(strftime('%w', {0}) as integer)", Integer.class, CONSULTATION.STARTS_AT);
        return db.read(ctx -> {
            var groups = ctx.select(CLINICIAN.NAME, weekday, CONSULTATION.STATUS, CONSULTATION.MODE, DSL.count())
                    .from(CONSULTATION).join(CLINICIAN).on(CLINICIAN.ID.eq(CONSULTATION.CLINICIAN_ID)).where(inRange)
                    .groupBy(CONSULTATION.CLINICIAN_ID, CLINICIAN.NAME, weekday, CONSULTATION.STATUS, CONSULTATION.MODE)
                    .fetch();
            Map<String, Long> byStatus = new TreeMap<>();
            Map<String, Long> byMode = new TreeMap<>();
            Map<ClinicianWeekday, long[]> days = new TreeMap<>();
            for (var g : groups) {
                String status = g.value3();
                long count = g.value5();
                byStatus.merge(status, count, Long::sum);
                if (!status.equals("RESCHEDULED") && !status.equals("CANCELLED")) {
                    byMode.merge(g.value4(), count, Long::sum);
                }
                long[] day = days.computeIfAbsent(new ClinicianWeekday(g.value1(), g.value2() == 0 ? 7 : g.value2()),
                        k -> new long[4]);
                day[0] += status.equals("RESCHEDULED") ? 0 : count;
                day[1] += ATTENDED.contains(status) ? count : 0;
                day[2] += status.equals("NO_SHOW") ? count : 0;
                day[3] += status.equals("CANCELLED") ? count : 0;
            }
            List<ClinicianDay> byClinicianDay = days.entrySet().stream().map(e -> new ClinicianDay(e.getKey().clinician(),
                    e.getKey().weekday(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
            Field<String> reason = DSL.nullif(DSL.trim(CONSULTATION.CANCEL_REASON), "");
            List<Count> reasons = counts(ctx.select(reason, DSL.count()).from(CONSULTATION).where(inRange)
                    .and(CONSULTATION.STATUS.eq("CANCELLED")).groupBy(reason).orderBy(DSL.count().desc(), reason).fetch());
            return new ConsultationFigures(sorted(byStatus), byClinicianDay, reasons, sorted(byMode));
        });
    }

    @Override
    public FollowUpFigures followUps(ReportPeriod period, Long centreId, LocalDate today) {
        Condition contactsInRange = ENQUIRY_EVENT.KIND.in(CONTACTS)
                .and(ENQUIRY_EVENT.AT.ge(Timestamps.format(period.start())))
                .and(ENQUIRY_EVENT.AT.lt(Timestamps.format(period.end())))
                .and(centreId == null ? DSL.noCondition() : DSL.exists(DSL.selectOne().from(ENQUIRY)
                        .where(ENQUIRY.ID.eq(ENQUIRY_EVENT.ENQUIRY_ID)).and(ENQUIRY.CENTRE_ID.eq(centreId))));
        String overdueBefore = min(period.endLocalDay(), today.toString());
        return db.read(ctx -> {
            var onTime = DSL.count().filterWhere(ENQUIRY_EVENT.FOLLOW_UP_LATE.eq(0));
            var late = DSL.count().filterWhere(ENQUIRY_EVENT.FOLLOW_UP_LATE.eq(1));
            var contacts = ctx.select(ENQUIRY_EVENT.KIND, DSL.count(), onTime, late).from(ENQUIRY_EVENT)
                    .where(contactsInRange).groupBy(ENQUIRY_EVENT.KIND).fetch();
            List<Count> byKind = new ArrayList<>();
            long onTimeTotal = 0;
            long lateTotal = 0;
            for (var c : contacts) {
                byKind.add(new Count(c.value1().substring("CONTACT_".length()), c.value2()));
                onTimeTotal += c.value3();
                lateTotal += c.value4();
            }
            // the follow-up queue's own condition, so its partial index serves this count
            int overdue = ctx.fetchCount(ENQUIRY, ENQUIRY.STATUS.ne("CLOSED").and(ENQUIRY.ERASED_AT.isNull())
                    .and(ENQUIRY.STATUS.in("NEW", "CONTACTED"))
                    .and(ENQUIRY.NEXT_FOLLOW_UP.ge(period.firstLocalDay())).and(ENQUIRY.NEXT_FOLLOW_UP.lt(overdueBefore))
                    .and(centreId == null ? DSL.noCondition() : ENQUIRY.CENTRE_ID.eq(centreId)));
            List<Count> closed = counts(ctx.select(ENQUIRY.CLOSE_REASON, DSL.count()).from(ENQUIRY)
                    .where(ENQUIRY.CLOSED_AT.ge(Timestamps.format(period.start())))
                    .and(ENQUIRY.CLOSED_AT.lt(Timestamps.format(period.end())))
                    .and(centreId == null ? DSL.noCondition() : ENQUIRY.CENTRE_ID.eq(centreId))
                    .groupBy(ENQUIRY.CLOSE_REASON).orderBy(DSL.count().desc(), ENQUIRY.CLOSE_REASON).fetch());
            return new FollowUpFigures(byKind, onTimeTotal, lateTotal, overdue, closed);
        });
    }

    @Override
    public SheetFigures sheets(ReportPeriod period, Long centreId) {
        return db.read(ctx -> new HandoutQuery(period, centreId).run(ctx));
    }

    /** Enquiries created on the period's days, at one centre or all. */
    static Condition enquiredIn(ReportPeriod period, Long centreId) {
        return ENQUIRY.CREATED_AT.ge(Timestamps.format(period.start()))
                .and(ENQUIRY.CREATED_AT.lt(Timestamps.format(period.end())))
                .and(centreId == null ? DSL.noCondition() : ENQUIRY.CENTRE_ID.eq(centreId));
    }

    static List<Count> counts(List<? extends Record2<String, Integer>> rows) {
        return rows.stream().map(r -> new Count(r.value1(), r.value2())).toList();
    }

    private static List<Count> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    /** A clinician's weekday (1 Monday ... 7 Sunday), in name then day order. */
    private record ClinicianWeekday(String clinician, int weekday) implements Comparable<ClinicianWeekday> {
        @Override
        public int compareTo(ClinicianWeekday o) {
            int byName = clinician.compareTo(o.clinician);
            return byName != 0 ? byName : Integer.compare(weekday, o.weekday);
        }
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}

package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.CENTRE;
import static org.clinicdesk.store.jooq.Tables.CONSULTATION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicdesk.domain.report.FunnelFigures;
import org.clinicdesk.domain.report.FunnelFigures.Stages;
import org.clinicdesk.domain.report.ReportPeriod;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The funnel in one statement: the period's enquiries grouped into people (linked enquiries share a person id), each
 * person's outcome over all their enquiries' consultations, then counts by channel and centre and the median wait,
 * all worked out by the database.
 */
final class FunnelQuery {
    private static final List<String> NOT_HELD = List.of("CANCELLED", "RESCHEDULED");
    private final ReportPeriod period;
    private final Long centreId;

    FunnelQuery(ReportPeriod period, Long centreId) {
        this.period = period;
        this.centreId = centreId;
    }

    FunnelFigures run(DSLContext ctx) {
        Field<Long> personOf = DSL.coalesce(ENQUIRY.PERSON_ID, ENQUIRY.ID);
        CommonTableExpression<?> cohort = DSL.name("cohort").fields("person", "id", "channel", "centre_id", "created_at", "nth")
                .as(DSL.select(personOf, ENQUIRY.ID, ENQUIRY.CHANNEL, ENQUIRY.CENTRE_ID, ENQUIRY.CREATED_AT,
                                DSL.rowNumber().over(DSL.partitionBy(personOf).orderBy(ENQUIRY.CREATED_AT, ENQUIRY.ID)))
                        .from(ENQUIRY).where(JooqReportRepository.enquiredIn(period, centreId)));
        Field<Long> cPerson = cohort.field("person", Long.class);
        Field<Long> cId = cohort.field("id", Long.class);

        CommonTableExpression<?> outcome = DSL.name("outcome").fields("person", "booked", "attended", "first_start")
                .as(DSL.select(cPerson,
                                DSL.max(DSL.when(CONSULTATION.ID.isNotNull(), 1).else_(0)),
                                DSL.max(DSL.when(CONSULTATION.STATUS.in(JooqReportRepository.ATTENDED), 1).else_(0)),
                                DSL.min(DSL.when(CONSULTATION.STATUS.notIn(NOT_HELD), CONSULTATION.STARTS_AT)))
                        .from(cohort).leftJoin(CONSULTATION).on(CONSULTATION.ENQUIRY_ID.eq(cId))
                        .groupBy(cPerson));
        Field<Long> oPerson = outcome.field("person", Long.class);

        CommonTableExpression<?> people = DSL.name("people")
                .fields("channel", "centre_id", "created_at", "booked", "attended", "first_start")
                .as(DSL.select(cohort.field("channel"), cohort.field("centre_id"), cohort.field("created_at"),
                                outcome.field("booked"), outcome.field("attended"), outcome.field("first_start"))
                        .from(cohort).join(outcome).on(oPerson.eq(cPerson))
                        .where(cohort.field("nth", Integer.class).eq(1)));
        Field<String> channel = people.field("channel", String.class);
        Field<Long> centre = people.field("centre_id", Long.class);
        Field<Integer> booked = people.field("booked", Integer.class);
        Field<Integer> attended = people.field("attended", Integer.class);
        Field<String> firstStart = people.field("first_start", String.class);

        // whole clinic days between the enquiry's local day and the consultation's local day
        String offset = (period.offsetSeconds() >= 0 ? "+" : "") + period.offsetSeconds() + " seconds";
        Field<Double> days = DSL.field("julianday(substr({0}, 1, 10)) - julianday(date({1}, {2}))", Double.class,
                firstStart, people.field("created_at", String.class), DSL.val(offset));
        CommonTableExpression<?> ranked = DSL.name("ranked").fields("d", "rn", "n")
                .as(DSL.select(days, DSL.rowNumber().over(DSL.orderBy(days)), DSL.count().over())
                        .from(people).where(firstStart.isNotNull()));
        Field<Double> d = ranked.field("d", Double.class);
        Field<Integer> rn = ranked.field("rn", Integer.class);
        Field<Integer> n = ranked.field("n", Integer.class);

        Field<String> kind = DSL.inline("g").as("kind");
        var groups = DSL.select(kind, channel.as("grp_channel"), CENTRE.NAME.as("grp_centre"),
                        DSL.count().cast(SQLDataType.BIGINT).as("people"),
                        DSL.sum(booked).cast(SQLDataType.BIGINT).as("booked"),
                        DSL.sum(attended).cast(SQLDataType.BIGINT).as("attended"),
                        DSL.castNull(SQLDataType.DOUBLE).as("median"))
                .from(people).join(CENTRE).on(CENTRE.ID.eq(centre))
                .groupBy(channel, centre, CENTRE.NAME);
        var median = DSL.select(DSL.inline("m"), DSL.castNull(SQLDataType.VARCHAR), DSL.castNull(SQLDataType.VARCHAR),
                        DSL.castNull(SQLDataType.BIGINT), DSL.castNull(SQLDataType.BIGINT), DSL.castNull(SQLDataType.BIGINT),
                        DSL.avg(d).cast(SQLDataType.DOUBLE))
                .from(ranked).where(rn.in(n.plus(1).div(2), n.plus(2).div(2)));
        return figures(ctx.with(cohort, outcome, people, ranked).selectFrom(groups.unionAll(median).asTable("x")).fetch());
    }

    private static FunnelFigures figures(List<? extends Record> rows) {
        Map<String, long[]> byChannel = new LinkedHashMap<>();
        Map<String, long[]> byCentre = new LinkedHashMap<>();
        long[] total = new long[3];
        Double median = null;
        for (Record r : rows) {
            if ("m".equals(r.get(0, String.class))) {
                median = r.get(6, Double.class);
                continue;
            }
            long[] counts = {r.get(3, Long.class), r.get(4, Long.class), r.get(5, Long.class)};
            add(byChannel.computeIfAbsent(r.get(1, String.class), k -> new long[3]), counts);
            add(byCentre.computeIfAbsent(r.get(2, String.class), k -> new long[3]), counts);
            add(total, counts);
        }
        return new FunnelFigures(new Stages(null, total[0], total[1], total[2]), stages(byChannel), stages(byCentre),
                median);
    }

    private static void add(long[] into, long[] counts) {
        for (int i = 0; i < into.length; i++) {
            into[i] += counts[i];
        }
    }

    private static List<Stages> stages(Map<String, long[]> groups) {
        List<Stages> list = new ArrayList<>();
        groups.forEach((key, c) -> list.add(new Stages(key, c[0], c[1], c[2])));
        list.sort((a, b) -> a.people() != b.people() ? Long.compare(b.people(), a.people()) : a.key().compareTo(b.key()));
        return list;
    }
}

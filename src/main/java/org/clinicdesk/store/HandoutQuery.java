package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.HANDOUT;
import static org.clinicdesk.store.jooq.Tables.SHEET_VERSION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicdesk.domain.report.Count;
import org.clinicdesk.domain.report.ReportPeriod;
import org.clinicdesk.domain.report.SheetFigures;
import org.clinicdesk.domain.report.SheetFigures.SheetLanguage;
import org.clinicdesk.store.jooq.tables.SheetVersion;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Handouts in the period grouped by sheet, language, how and to whom, in one GROUP BY; a few dozen groups back. */
final class HandoutQuery {
    private final ReportPeriod period;
    private final Long centreId;

    HandoutQuery(ReportPeriod period, Long centreId) {
        this.period = period;
        this.centreId = centreId;
    }

    SheetFigures run(DSLContext ctx) {
        Condition inRange = HANDOUT.GIVEN_AT.ge(Timestamps.format(period.start()))
                .and(HANDOUT.GIVEN_AT.lt(Timestamps.format(period.end())))
                .and(centreId == null ? DSL.noCondition() : HANDOUT.CENTRE_ID.eq(centreId));
        Field<Boolean> walkIn = DSL.field(HANDOUT.ENQUIRY_ID.isNull());
        var groups = ctx.select(SHEET_VERSION.SHEET_ID, HANDOUT.LANGUAGE, HANDOUT.METHOD, walkIn, DSL.count())
                .from(HANDOUT).join(SHEET_VERSION).on(SHEET_VERSION.ID.eq(HANDOUT.SHEET_VERSION_ID))
                .where(inRange)
                .groupBy(SHEET_VERSION.SHEET_ID, HANDOUT.LANGUAGE, HANDOUT.METHOD, walkIn)
                .fetch();
        Map<Long, String> titles = titles(ctx, groups.stream().map(g -> g.value1()).distinct().toList());
        Map<List<String>, Long> bySheetLanguage = new LinkedHashMap<>();
        Map<String, Long> byMethod = new LinkedHashMap<>();
        long toWalkIns = 0;
        long toEnquiries = 0;
        for (var g : groups) {
            long count = g.value5();
            bySheetLanguage.merge(List.of(titles.get(g.value1()), g.value2()), count, Long::sum);
            byMethod.merge(g.value3(), count, Long::sum);
            if (Boolean.TRUE.equals(g.value4())) {
                toWalkIns += count;
            } else {
                toEnquiries += count;
            }
        }
        List<SheetLanguage> sheets = new ArrayList<>();
        bySheetLanguage.forEach((key, count) -> sheets.add(new SheetLanguage(key.get(0), key.get(1), count)));
        sheets.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                : (a.sheet() + a.language()).compareTo(b.sheet() + b.language()));
        List<Count> methods = byMethod.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Count(e.getKey(), e.getValue())).toList();
        return new SheetFigures(sheets, methods, toEnquiries, toWalkIns);
    }

    /** Each sheet's title: its newest English version's, else its newest version's in any language. */
    private static Map<Long, String> titles(DSLContext ctx, List<Long> sheetIds) {
        SheetVersion v = SHEET_VERSION.as("v");
        Field<Integer> englishFirst = DSL.when(v.LANGUAGE.eq("en"), 0).else_(1);
        Map<Long, String> titles = new LinkedHashMap<>();
        for (Long id : sheetIds) {
            titles.put(id, ctx.select(v.TITLE).from(v).where(v.SHEET_ID.eq(id))
                    .orderBy(englishFirst, v.VERSION.desc(), v.ID.desc()).limit(1).fetchOne(v.TITLE));
        }
        return titles;
    }
}

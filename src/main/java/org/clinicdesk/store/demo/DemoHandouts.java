package org.clinicdesk.store.demo;

import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_CONDITION;
import static org.clinicdesk.store.jooq.Tables.HANDOUT;
import static org.clinicdesk.store.jooq.Tables.SHEET;
import static org.clinicdesk.store.jooq.Tables.SHEET_CONDITION;
import static org.clinicdesk.store.jooq.Tables.SHEET_VERSION;
import static org.clinicdesk.store.jooq.Tables.STAFF;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.clinicdesk.store.Database;
import org.clinicdesk.store.Timestamps;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * The demo's handouts, once the bundled sheets are approved: sheets for the conditions people asked about, in the
 * language they read best (with an English copy now and then), printed at the desk for walk-ins and sent as a PDF
 * otherwise, the first-consultation sheet for people who booked, and walk-ins who took a sheet and left no details.
 */
final class DemoHandouts {
    private static final int CHUNK = 20_000;
    private static final String[][] WALK_IN_LANGUAGES = {
        {"en", "en", "en", "en", "en", "kn", "kn", "kn", "hi", "ur"},
        {"en", "en", "en", "en", "te", "te", "te", "ur", "ur", "hi"}};

    private final Database db;
    private final Random random;
    /** Sheet slug → language → approved version id. */
    private final Map<String, Map<String, Long>> versions = new LinkedHashMap<>();
    private final Map<Long, List<String>> sheetsOfCondition = new HashMap<>();
    private final Map<String, String> kinds = new HashMap<>();
    private long given;

    DemoHandouts(Database db, long seed) {
        this.db = db;
        this.random = new Random(seed * 31 + 7);
    }

    /** Writes the handouts; returns how many. */
    long write() {
        db.writeVoid(ctx -> {
            load(ctx);
            if (versions.isEmpty()) {
                return;
            }
            long last = ctx.select(org.jooq.impl.DSL.max(ENQUIRY.ID)).from(ENQUIRY).fetchOptional(0, Long.class).orElse(0L);
            List<Long> desk = ctx.select(STAFF.ID).from(STAFF).where(STAFF.ROLE.eq("RECEPTION")).orderBy(STAFF.ID)
                    .fetch(STAFF.ID);
            for (long from = 1; from <= last; from += CHUNK) {
                toEnquiries(ctx, from, Math.min(last, from + CHUNK - 1), desk);
            }
        });
        return given;
    }

    private void load(DSLContext ctx) {
        for (var v : ctx.select(SHEET.SLUG, SHEET.KIND, SHEET_VERSION.LANGUAGE, SHEET_VERSION.ID).from(SHEET_VERSION)
                .join(SHEET).on(SHEET.ID.eq(SHEET_VERSION.SHEET_ID)).where(SHEET_VERSION.STATUS.eq("APPROVED"))
                .orderBy(SHEET.KIND, SHEET.SLUG, SHEET_VERSION.LANGUAGE, SHEET_VERSION.ID).fetch()) {
            versions.computeIfAbsent(v.value1(), k -> new LinkedHashMap<>()).put(v.value3(), v.value4());
            kinds.put(v.value1(), v.value2());
        }
        for (var c : ctx.select(SHEET_CONDITION.CONDITION_ID, SHEET.SLUG).from(SHEET_CONDITION)
                .join(SHEET).on(SHEET.ID.eq(SHEET_CONDITION.SHEET_ID)).where(SHEET.KIND.ne("GENERAL"))
                .orderBy(SHEET_CONDITION.CONDITION_ID, SHEET.KIND, SHEET.SLUG).fetch()) {
            if (versions.containsKey(c.value2())) {
                sheetsOfCondition.computeIfAbsent(c.value1(), k -> new ArrayList<>()).add(c.value2());
            }
        }
    }

    private void toEnquiries(DSLContext ctx, long from, long to, List<Long> desk) {
        Map<Long, List<Long>> conditions = new HashMap<>();
        ctx.select(ENQUIRY_CONDITION.ENQUIRY_ID, ENQUIRY_CONDITION.CONDITION_ID).from(ENQUIRY_CONDITION)
                .where(ENQUIRY_CONDITION.ENQUIRY_ID.between(from, to))
                .orderBy(ENQUIRY_CONDITION.ENQUIRY_ID, ENQUIRY_CONDITION.CONDITION_ID)
                .forEach(r -> conditions.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        BatchBindStep batch = ctx.batch(ctx.insertInto(HANDOUT, HANDOUT.SHEET_VERSION_ID, HANDOUT.ENQUIRY_ID,
                HANDOUT.CENTRE_ID, HANDOUT.LANGUAGE, HANDOUT.METHOD, HANDOUT.GIVEN_BY, HANDOUT.GIVEN_AT)
                .values((Long) null, null, null, null, null, null, null));
        var rows = ctx.select(ENQUIRY.ID, ENQUIRY.CREATED_AT, ENQUIRY.CENTRE_ID, ENQUIRY.LANGUAGE, ENQUIRY.STATUS,
                        ENQUIRY.CHANNEL, ENQUIRY.CREATED_BY).from(ENQUIRY).where(ENQUIRY.ID.between(from, to))
                .orderBy(ENQUIRY.ID).fetch();
        int bound = 0;
        for (var e : rows) {
            Instant created = Timestamps.parse(e.value2());
            List<String> sheets = new ArrayList<>();
            for (Long condition : conditions.getOrDefault(e.value1(), List.of())) {
                for (String slug : sheetsOfCondition.getOrDefault(condition, List.of())) {
                    if (!sheets.contains(slug)) {
                        sheets.add(slug);
                    }
                }
            }
            if (sheets.isEmpty() || random.nextInt(100) >= 40) {
                continue;
            }
            List<String> chosen = new ArrayList<>(List.of(sheets.getFirst()));
            for (String slug : sheets.subList(1, sheets.size())) {
                if (random.nextInt(100) < (kinds.get(slug).equals("TREATMENT") && slug.startsWith("msc") ? 10 : 30)) {
                    chosen.add(slug);
                }
            }
            if (e.value5().equals("BOOKED") && random.nextBoolean()) {
                kinds.entrySet().stream().filter(k -> k.getValue().equals("GENERAL")).map(Map.Entry::getKey).sorted()
                        .findFirst().ifPresent(chosen::add);
            }
            String reads = e.value4() == null ? "en" : e.value4();
            boolean printed = e.value6().equals("WALK_IN") ? random.nextInt(100) < 85 : random.nextInt(100) < 20;
            Instant at = created.plusSeconds(300 + random.nextInt(2400));
            boolean englishToo = !reads.equals("en") && random.nextInt(10) == 0;
            for (String slug : chosen) {
                Map<String, Long> inLanguage = versions.get(slug);
                String language = inLanguage.containsKey(reads) ? reads : "en";
                bound += give(batch, inLanguage.get(language), e.value1(), e.value3(), language, printed, e.value7(), at);
                if (englishToo && !language.equals("en") && inLanguage.containsKey("en")) {
                    bound += give(batch, inLanguage.get("en"), e.value1(), e.value3(), "en", printed, e.value7(), at);
                }
            }
            if (random.nextInt(100) < 25 && !desk.isEmpty()) {
                bound += walkIn(batch, created, desk.get(random.nextInt(desk.size())), e.value3());
            }
        }
        if (bound > 0) {
            batch.execute();
        }
    }

    /** Someone at the desk took a sheet about the condition and left no details (shortly before this enquiry). */
    private int walkIn(BatchBindStep batch, Instant day, long by, long centre) {
        String slug = sheetsOfCondition.values().stream().findFirst().map(List::getFirst).orElse(null);
        if (slug == null) {
            return 0;
        }
        String[] languages = WALK_IN_LANGUAGES[centre % 2 == 1 ? 0 : 1];
        String wanted = languages[random.nextInt(languages.length)];
        Map<String, Long> inLanguage = versions.get(slug);
        String language = inLanguage.containsKey(wanted) ? wanted : "en";
        return give(batch, inLanguage.get(language), null, centre, language, random.nextInt(10) < 9, by,
                day.minusSeconds(random.nextInt(4 * 3600)));
    }

    private int give(BatchBindStep batch, long version, Long enquiry, long centre, String language, boolean printed,
                     Long by, Instant at) {
        batch.bind(version, enquiry, centre, language, printed ? "PRINTED" : "PDF", by, Timestamps.format(at));
        given++;
        return 1;
    }
}

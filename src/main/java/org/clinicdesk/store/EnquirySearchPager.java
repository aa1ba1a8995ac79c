package org.clinicdesk.store;

import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * One page of a text search, read tier by tier (exact, start of name, start of a word, anywhere; newest first in each),
 * so a page never has to sort every match: each tier is read in rowid order and stops at the page's end. Without
 * filters the FTS index alone answers (erased rows are not indexed); with filters each tier joins the enquiry table.
 */
final class EnquirySearchPager {
    static final int EXACT_WINDOW = 2000;
    private static final Field<Long> ROWID = DSL.field("rowid", Long.class);
    private static final org.jooq.Table<?> FTS = DSL.table(DSL.name("enquiry_fts"));
    private static final Field<Long> FTS_ROWID = DSL.field(DSL.name("enquiry_fts", "rowid"), Long.class);

    private EnquirySearchPager() {
    }

    static List<Long> page(DSLContext ctx, EnquirySearchTerms text, Condition filters, boolean filtered, int offset, int limit) {
        if (text.isPhone() && !filtered) {
            return phonePage(ctx, text.phoneDigits(), offset, limit);
        }
        List<Long> exact = exactIds(ctx, text, filters);
        List<Long> out = new ArrayList<>();
        int skip = offset;
        if (skip < exact.size()) {
            out.addAll(exact.subList(skip, Math.min(exact.size(), skip + limit)));
            skip = 0;
        } else {
            skip -= exact.size();
        }
        Condition shortWords = shortWords(text);
        for (EnquirySearchTerms.Tier tier : text.tiers()) {
            if (tier.match() == null || out.size() == limit) {
                continue;
            }
            // short words narrow only the last tier: the earlier ones match the whole typed text
            boolean last = !text.isPhone() && tier == text.tiers().getLast();
            Condition extra = last ? shortWords : DSL.noCondition();
            boolean joined = filtered || (last && !text.shortWords().isEmpty());
            List<Long> rows = ids(ctx, tier.match(), filters.and(extra), exact, joined, skip, limit - out.size());
            if (rows.isEmpty() && skip > 0) {
                skip -= count(ctx, tier.match(), filters.and(extra), exact, joined);
            } else {
                skip = 0;
            }
            out.addAll(rows);
        }
        return out;
    }

    /** How many rows {@link #page} would give in all: the exact matches and each tier (they never overlap). */
    static int total(DSLContext ctx, EnquirySearchTerms text, Condition filters, boolean filtered) {
        if (text.isPhone() && !filtered) {
            return ctx.fetchCount(DSL.selectOne().from(DSL.table("enquiry_fts"))
                    .where(matches("phones : \"" + text.phoneDigits() + "\"")));
        }
        List<Long> exact = exactIds(ctx, text, filters);
        int total = exact.size();
        Condition shortWords = shortWords(text);
        for (EnquirySearchTerms.Tier tier : text.tiers()) {
            if (tier.match() != null) {
                boolean last = !text.isPhone() && tier == text.tiers().getLast();
                Condition extra = last ? shortWords : DSL.noCondition();
                boolean joined = filtered || (last && !text.shortWords().isEmpty());
                total += count(ctx, tier.match(), filters.and(extra), exact, joined);
            }
        }
        return total;
    }

    /**
     * A run of digits matches few numbers, so all of them are read once from the index and ranked here: the whole
     * number, then numbers starting with the digits, then the rest, newest first in each.
     */
    private static List<Long> phonePage(DSLContext ctx, String digits, int offset, int limit) {
        Field<String> phones = DSL.field("phones", String.class);
        record Hit(long id, int rank) {
        }
        List<Hit> hits = new ArrayList<>();
        ctx.select(ROWID, phones).from(DSL.table("enquiry_fts")).where(matches("phones : \"" + digits + "\""))
                .forEach(r -> hits.add(new Hit(r.value1(), phoneRank(r.value2(), digits))));
        hits.sort(java.util.Comparator.comparingInt(Hit::rank).thenComparing(Hit::id, java.util.Comparator.reverseOrder()));
        return hits.stream().skip(offset).limit(limit).map(Hit::id).toList();
    }

    private static int phoneRank(String forms, String digits) {
        int rank = 2;
        for (String form : forms.split(" ")) {
            rank = Math.min(rank, form.equals(digits) ? 0 : form.startsWith(digits) ? 1 : 2);
        }
        return rank;
    }

    private static List<Long> ids(DSLContext ctx, String match, Condition filters, List<Long> exact, boolean joined,
                                  int offset, int limit) {
        if (!joined) {
            return ctx.select(ROWID).from(DSL.table("enquiry_fts")).where(matches(match)).and(ROWID.notIn(exact))
                    .orderBy(ROWID.desc()).limit(limit).offset(offset).fetch(ROWID);
        }
        // CROSS JOIN keeps the index as the outer loop, read newest first, so the page ends as soon as it is full
        return ctx.select(FTS_ROWID).from(FTS.crossJoin(ENQUIRY)).where(ENQUIRY.ID.eq(FTS_ROWID)).and(matches(match))
                .and(filters).and(FTS_ROWID.notIn(exact)).orderBy(FTS_ROWID.desc()).limit(limit).offset(offset)
                .fetch(FTS_ROWID);
    }

    private static int count(DSLContext ctx, String match, Condition filters, List<Long> exact, boolean joined) {
        if (!joined) {
            return ctx.fetchCount(DSL.selectOne().from(DSL.table("enquiry_fts")).where(matches(match)).and(ROWID.notIn(exact)));
        }
        return ctx.fetchCount(DSL.selectOne().from(FTS.crossJoin(ENQUIRY)).where(ENQUIRY.ID.eq(FTS_ROWID))
                .and(matches(match)).and(filters).and(FTS_ROWID.notIn(exact)));
    }

    private static Condition matches(String match) {
        return DSL.condition("enquiry_fts MATCH {0}", DSL.val(match));
    }

    /**
     * Enquiries whose whole name (or a whole phone number) is what was typed, newest first: names through the index on
     * {@code lower(full_name)} (migration V13), at most {@value #EXACT_WINDOW} of them, so the cost stays the same
     * however many there are; an older exact match still comes early, with the names that start with the text.
     */
    private static List<Long> exactIds(DSLContext ctx, EnquirySearchTerms text, Condition filters) {
        if (text.isPhone()) {
            List<String> forms = List.of("+" + text.phoneDigits(), "+91" + text.phoneDigits());
            return ctx.select(ENQUIRY.ID).from(ENQUIRY)
                    .where(filters.and(ENQUIRY.PHONE.in(forms).or(ENQUIRY.PHONE_ALT.in(forms))))
                    .orderBy(ENQUIRY.ID.desc()).fetch(ENQUIRY.ID);
        }
        // filters always holds "erased_at IS NULL", which lets SQLite use the partial index
        return ctx.select(ENQUIRY.ID).from(ENQUIRY).where(DSL.lower(ENQUIRY.FULL_NAME).eq(text.lowered())).and(filters)
                .orderBy(ENQUIRY.ID.desc()).limit(EXACT_WINDOW).fetch(ENQUIRY.ID);
    }

    private static Condition shortWords(EnquirySearchTerms text) {
        Condition c = DSL.noCondition();
        for (String word : text.shortWords()) {
            String escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            c = c.and(ENQUIRY.FULL_NAME.likeIgnoreCase(escaped + "%", '\\')
                    .or(ENQUIRY.FULL_NAME.likeIgnoreCase("% " + escaped + "%", '\\')));
        }
        return c;
    }
}

package org.clinicdesk.store.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.CONSULTATION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY_EVENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.TestDb;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataGeneratorTest {
    private static final long DEMO_SEED = 20261125L;
    @TempDir
    Path dir;

    private List<String> enquiryRows(Path folder, long seed, int size) throws Exception {
        Files.createDirectories(folder);
        try (Database db = TestDb.open(folder)) {
            new DemoDataGenerator(db, TestDb.CLOCK, seed).generate(size);
            return db.read(ctx -> ctx.selectFrom(ENQUIRY).orderBy(ENQUIRY.ID).fetch()
                    .map(r -> r.getFullName() + "|" + r.getPhone() + "|" + r.getStatus() + "|" + r.getCreatedAt()));
        }
    }

    @Test
    void sameSeedGivesTheSameDataAndAnotherSeedDoesNot() throws Exception {
        List<String> a = enquiryRows(dir.resolve("a"), 7, 300);
        List<String> b = enquiryRows(dir.resolve("b"), 7, 300);
        List<String> c = enquiryRows(dir.resolve("c"), 8, 300);
        assertThat(a).hasSize(300).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void dataIsRealistic() {
        try (Database db = TestDb.open(dir)) {
            new DemoDataGenerator(db, TestDb.CLOCK, 1).generate(2000);
            List<String> phones = db.read(ctx -> ctx.select(ENQUIRY.PHONE).from(ENQUIRY).fetch(ENQUIRY.PHONE));
            assertThat(phones).allMatch(p -> p.matches("\\+91[6-9]\\d{9}"));
            assertThat(phones.stream().distinct().count()).as("families and returning callers share phones")
                    .isLessThan(phones.size());
            List<String> names = db.read(ctx -> ctx.select(ENQUIRY.FULL_NAME).from(ENQUIRY).fetch(ENQUIRY.FULL_NAME));
            assertThat(names).anyMatch(n -> n.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI));
            assertThat(names).anyMatch(n -> n.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.KANNADA));
            assertThat(names).anyMatch(n -> n.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.TELUGU));
            assertThat(names).anyMatch(n -> n.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC));
            List<String> channels = db.read(ctx -> ctx.selectDistinct(ENQUIRY.CHANNEL).from(ENQUIRY).fetch(ENQUIRY.CHANNEL));
            assertThat(channels).contains("WALK_IN", "PHONE", "WHATSAPP", "WEBSITE", "EMAIL", "REFERRAL");
            // no clinician is double-booked in the demo week
            Integer overlaps = db.read(ctx -> ((Number) ctx.fetchValue("SELECT count(*) FROM consultation a JOIN consultation b "
                    + "ON a.clinician_id = b.clinician_id AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at")).intValue());
            assertThat(overlaps).isZero();
            int consultations = count(db, CONSULTATION, DSL.noCondition());
            assertThat(consultations).isGreaterThan(300);
        }
    }

    @Test
    void theHistoryGivesEveryReportSomethingToCount() {
        try (Database db = TestDb.open(dir)) {
            new DemoDataGenerator(db, TestDb.CLOCK, DEMO_SEED).generate(600);
            // months of enquiries, not a week: every one of the last six months has some
            List<String> months = db.read(ctx -> ctx.selectDistinct(DSL.substring(ENQUIRY.CREATED_AT, 1, 7))
                    .from(ENQUIRY).fetch(0, String.class));
            assertThat(months).contains("2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11");
            // consultations with every status, past ones months back, cancellations with their reasons
            List<String> statuses = db.read(ctx -> ctx.selectDistinct(CONSULTATION.STATUS).from(CONSULTATION)
                    .fetch(CONSULTATION.STATUS));
            // (ARRIVED only once the clinic has opened: at 10:00 on the test clock nobody is in yet)
            assertThat(statuses).contains("BOOKED", "CONFIRMED", "COMPLETED", "NO_SHOW", "CANCELLED", "RESCHEDULED");
            assertThat(count(db, CONSULTATION, CONSULTATION.STARTS_AT.lt("2026-09-01"))).isGreaterThan(20);
            assertThat(count(db, CONSULTATION, CONSULTATION.STATUS.eq("CANCELLED")
                    .and(CONSULTATION.CANCEL_REASON.isNull()))).isZero();
            assertThat(rows(db, ctx -> ctx.selectDistinct(CONSULTATION.CANCEL_REASON).from(CONSULTATION)
                    .where(CONSULTATION.CANCEL_REASON.isNotNull()).fetch())).hasSizeGreaterThan(3);
            assertThat(count(db, CONSULTATION, CONSULTATION.RESCHEDULED_FROM_ID.isNotNull())).isPositive();
            assertThat(rows(db, ctx -> ctx.selectDistinct(CONSULTATION.MODE).from(CONSULTATION).fetch(CONSULTATION.MODE)))
                    .contains("IN_PERSON", "VIDEO");
            // every enquiry that says BOOKED has a consultation
            assertThat(count(db, ENQUIRY, ENQUIRY.STATUS.eq("BOOKED").and(DSL.notExists(
                    DSL.selectOne().from(CONSULTATION).where(CONSULTATION.ENQUIRY_ID.eq(ENQUIRY.ID)))))).isZero();
            // contacts answering follow-ups, on time and late; closed enquiries with a reason and a closing time
            assertThat(count(db, ENQUIRY_EVENT, ENQUIRY_EVENT.FOLLOW_UP_LATE.eq(0))).isGreaterThan(50);
            assertThat(count(db, ENQUIRY_EVENT, ENQUIRY_EVENT.FOLLOW_UP_LATE.eq(1))).isGreaterThan(20);
            assertThat(rows(db, ctx -> ctx.selectDistinct(ENQUIRY_EVENT.KIND).from(ENQUIRY_EVENT).fetch(ENQUIRY_EVENT.KIND)))
                    .contains("CONTACT_CALL", "CONTACT_WHATSAPP", "CONTACT_NO_ANSWER");
            assertThat(rows(db, ctx -> ctx.selectDistinct(ENQUIRY.CLOSE_REASON).from(ENQUIRY)
                    .where(ENQUIRY.STATUS.eq("CLOSED")).fetch(ENQUIRY.CLOSE_REASON)))
                    .containsExactlyInAnyOrder("NOT_ELIGIBLE", "CHOSE_ELSEWHERE", "COST", "NO_RESPONSE", "OTHER");
            assertThat(count(db, ENQUIRY, ENQUIRY.STATUS.eq("CLOSED")
                    .and(ENQUIRY.CLOSED_AT.le(ENQUIRY.CREATED_AT)))).isZero();
            // a few people enquired twice and are linked as one person
            assertThat(count(db, ENQUIRY, ENQUIRY.PERSON_ID.ne(ENQUIRY.ID))).isPositive();
            // nothing happened after now
            String now = org.clinicdesk.store.Timestamps.now(TestDb.CLOCK);
            assertThat(count(db, ENQUIRY_EVENT, ENQUIRY_EVENT.AT.gt(now))).isZero();
            assertThat(count(db, ENQUIRY, ENQUIRY.UPDATED_AT.gt(now))).isZero();
        }
    }

    private static int count(Database db, org.jooq.Table<?> table, org.jooq.Condition where) {
        return db.read(ctx -> ctx.fetchCount(table, where));
    }

    private static <T> List<T> rows(Database db, java.util.function.Function<org.jooq.DSLContext, List<T>> query) {
        return db.read(query::apply);
    }
}

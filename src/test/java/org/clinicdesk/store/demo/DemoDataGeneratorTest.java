package org.clinicdesk.store.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.CONSULTATION;
import static org.clinicdesk.store.jooq.Tables.ENQUIRY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataGeneratorTest {
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
            int consultations = db.read(ctx -> ctx.fetchCount(CONSULTATION));
            assertThat(consultations).isGreaterThan(50);
        }
    }
}

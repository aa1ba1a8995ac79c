package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.domain.today.EnquiryGlance;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's follow-ups due and new enquiries, on a real migrated file. */
class JooqTodayRepositoryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    @TempDir
    Path dir;
    private Database db;
    private JooqTodayRepository today;

    @BeforeEach
    void open() {
        db = TestDb.open(dir);
        today = new JooqTodayRepository(db);
        db.writeVoid(ctx -> ctx.execute("INSERT INTO centre (id, name, city, created_at, updated_at)"
                + " VALUES (1, 'Indiranagar', 'Bengaluru', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void followUpsDueAreTheOpenUnbookedOnesOldestDateFirstThenOldestEnquiry() {
        enquiry(1, "NEW", "2026-11-20", "2026-10-02T05:00:00Z", false);
        enquiry(2, "CONTACTED", "2026-11-18", "2026-10-05T05:00:00Z", false);
        enquiry(3, "BOOKED", "2026-11-10", "2026-10-01T05:00:00Z", false);
        enquiry(4, "CLOSED", "2026-11-10", "2026-10-01T05:00:00Z", false);
        enquiry(5, "NEW", "2026-11-10", "2026-10-01T05:00:00Z", true);
        enquiry(6, "NEW", "2026-11-26", "2026-10-01T05:00:00Z", false);
        enquiry(7, "NEW", "2026-11-20", "2026-09-30T05:00:00Z", false);
        enquiry(8, "CONTACTED", "2026-11-25", "2026-11-01T05:00:00Z", false);

        List<Long> due = today.followUpsDue(DAY, 10).stream().map(EnquiryGlance::id).toList();

        // booked, closed, erased and tomorrow's are not due; same date: the older enquiry first
        assertThat(due).containsExactly(2L, 7L, 1L, 8L);
        assertThat(today.followUpsDue(DAY, 2)).extracting(EnquiryGlance::id).containsExactly(2L, 7L);
    }

    @Test
    void followUpsDueReadThroughTheOpenFollowUpIndexInOrderWithoutSorting() {
        // the plan is what keeps Today quick on a large file: the open follow-ups index gives the rows in order, so
        // the read stops at the limit instead of reading and sorting every due enquiry
        String plan = db.read(ctx -> String.join("\n", ctx.fetch("EXPLAIN QUERY PLAN "
                + ctx.renderInlined(JooqTodayRepository.followUpsDueQuery(ctx, DAY, 200))).getValues("detail", String.class)));
        assertThat(plan).contains("enquiry_open_follow_up").doesNotContain("TEMP B-TREE");
    }

    @Test
    void newEnquiriesAreThoseRecordedSinceNewestFirst() {
        enquiry(1, "NEW", null, "2026-11-24T03:00:00Z", false);
        enquiry(2, "NEW", null, "2026-11-25T03:00:00Z", false);
        enquiry(3, "CLOSED", null, "2026-11-25T04:00:00Z", false);
        enquiry(4, "NEW", null, "2026-11-25T04:10:00Z", true);

        assertThat(today.createdSince(Instant.parse("2026-11-24T18:30:00Z"), 10)).extracting(EnquiryGlance::id)
                .containsExactly(3L, 2L);
    }

    private void enquiry(long id, String status, String followUp, String created, boolean erased) {
        db.writeVoid(ctx -> ctx.execute("INSERT INTO enquiry (id, full_name, channel, centre_id, status, next_follow_up,"
                + " erased_at, created_at, updated_at) VALUES (?, ?, 'PHONE', 1, ?, ?, ?, ?, ?)", id, "Person " + id,
                status, followUp, erased ? created : null, created, created));
    }
}

package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.CloseReason;
import org.clinicdesk.domain.enquiry.ContactKind;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryQuery;
import org.clinicdesk.domain.enquiry.EnquiryStatus;
import org.clinicdesk.domain.enquiry.EnquirySummary;
import org.clinicdesk.domain.enquiry.TimelineEntry;
import org.clinicdesk.testing.EnquiryTestDesk;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqEnquiryRepositoryTest {
    @TempDir
    Path dir;
    EnquiryTestDesk desk;

    @BeforeEach
    void open() {
        desk = new EnquiryTestDesk(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<String> names(String text) {
        return desk.repository.search(EnquiryQuery.text(text), 0, 50).stream().map(EnquirySummary::fullName).toList();
    }

    @Test
    void findsAnyPartOfALatinNameCaseInsensitively() {
        desk.record("Kavitha Rao", "98450 12345");
        desk.record("Ravi Kumar", "98450 22222");
        desk.record("Anita Desai", null);

        assertThat(names("vith")).containsExactly("Kavitha Rao");
        assertThat(names("RAO")).containsExactly("Kavitha Rao");
        assertThat(names("kumar ravi")).containsExactly("Ravi Kumar");
        assertThat(names("desai anita")).containsExactly("Anita Desai");
        assertThat(names("zzz")).isEmpty();
    }

    @Test
    void findsNamesInIndianScripts() {
        desk.record("लक्ष्मी शर्मा", "98450 11111");
        desk.record("ಕಾವ್ಯ ಹೆಗ್ಡೆ", "98450 22222");
        desk.record("శ్రీదేవి రెడ్డి", "98450 33333");
        desk.record("فاطمہ بیگم", "98450 44444");
        desk.record("Lakshmi Sharma", "98450 55555");

        assertThat(names("लक्ष्मी")).containsExactly("लक्ष्मी शर्मा");
        assertThat(names("शर्मा")).containsExactly("लक्ष्मी शर्मा");
        assertThat(names("ಹೆಗ್ಡೆ")).containsExactly("ಕಾವ್ಯ ಹೆಗ್ಡೆ");
        assertThat(names("ಕಾವ್ಯ")).containsExactly("ಕಾವ್ಯ ಹೆಗ್ಡೆ");
        assertThat(names("శ్రీదేవి")).containsExactly("శ్రీదేవి రెడ్డి");
        assertThat(names("రెడ్డి")).containsExactly("శ్రీదేవి రెడ్డి");
        assertThat(names("فاطمہ")).containsExactly("فاطمہ بیگم");
        assertThat(names("بیگم")).containsExactly("فاطمہ بیگم");
    }

    @Test
    void findsPhonesByAnyRunOfFourOrMoreDigitsInAnyFormat() {
        desk.record("Kavitha Rao", "+91 98450 12345");
        desk.enquiries.save(desk.walkIn("Imran Khan", "70221 34567").phoneAlt("98860 55555").build());

        assertThat(names("9845012345")).containsExactly("Kavitha Rao");
        assertThat(names("098450-12345")).containsExactly("Kavitha Rao");
        assertThat(names("+91 98450")).containsExactly("Kavitha Rao");
        assertThat(names("919845012345")).containsExactly("Kavitha Rao");
        assertThat(names("2345")).containsExactly("Kavitha Rao");
        assertThat(names("0 12345")).containsExactly("Kavitha Rao");
        assertThat(names("5555")).containsExactly("Imran Khan");   // the alternate phone
        assertThat(names("2213")).containsExactly("Imran Khan");
        assertThat(names("98")).hasSize(2);                        // too few digits to search: everything
    }

    @Test
    void findsEmailAndCity() {
        desk.enquiries.save(desk.walkIn("Anita Desai", null).email("anita.d@example.in").city("Mysuru")
                .consentMethod(org.clinicdesk.domain.enquiry.ConsentMethod.WRITTEN).build());
        desk.record("Ravi Kumar", null);
        assertThat(names("anita.d@")).containsExactly("Anita Desai");
        assertThat(names("mysu")).containsExactly("Anita Desai");
    }

    @Test
    void exactAndPrefixMatchesComeFirst() {
        desk.record("Ramesh Babu", null);       // name starts with it
        desk.record("Priya Ram", null);         // exact word, later in the name
        desk.record("Sriram Iyer", null);       // inside a word
        desk.record("Ram", null);               // exact
        assertThat(names("ram")).containsExactly("Ram", "Ramesh Babu", "Priya Ram", "Sriram Iyer");
    }

    @Test
    void pagesWalkThroughTheRankTiersWithAndWithoutFilters() {
        desk.record("Sriram Iyer", null);
        desk.record("Ram", null);
        desk.record("Priya Ram", null);
        desk.record("Ramesh Babu", null);
        desk.record("RAM", null);
        List<String> expected = List.of("RAM", "Ram", "Ramesh Babu", "Priya Ram", "Sriram Iyer");
        for (EnquiryQuery q : List.of(EnquiryQuery.text("ram"), EnquiryQuery.text("ram").withStatus(EnquiryStatus.NEW))) {
            for (int size : new int[] {1, 2, 3, 50}) {
                List<String> all = new java.util.ArrayList<>();
                for (int offset = 0; offset < 6; offset += size) {
                    desk.repository.search(q, offset, size).forEach(s -> all.add(s.fullName()));
                }
                assertThat(all).as("page size " + size + " " + q).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void anExactPhoneComesBeforeNumbersThatOnlyContainTheDigits() {
        desk.record("Contains", "99998 45123");
        desk.record("Exact", "98450 12345");
        desk.record("Starts", "98450 12399");
        assertThat(names("98450 12345")).containsExactly("Exact");
        assertThat(names("9845")).containsExactly("Starts", "Exact", "Contains");
        assertThat(desk.repository.search(EnquiryQuery.text("9845").withStatus(EnquiryStatus.NEW), 0, 50))
                .extracting(EnquirySummary::fullName).containsExactly("Starts", "Exact", "Contains");
        assertThat(desk.repository.search(EnquiryQuery.text("9845"), 1, 1)).extracting(EnquirySummary::fullName)
                .containsExactly("Exact");
    }

    @Test
    void shortWordsNarrowByNamePrefix() {
        desk.record("Kavitha Rao", null);
        desk.record("Ravi Kumar", null);
        assertThat(names("ka")).containsExactly("Kavitha Rao");
        assertThat(names("ku")).containsExactly("Ravi Kumar");
        assertThat(names("ravi k")).containsExactly("Ravi Kumar");
    }

    @Test
    void anonymisingAnEnquiryRemovesItsOldTextFromTheIndex() {
        Enquiry e = desk.record("Kavitha Rao", "98450 12345");
        desk.db.writeVoid(ctx -> ctx.execute("UPDATE enquiry SET full_name = 'Erased', phone = NULL, "
                + "erased_at = '2026-11-25T05:00:00.000Z' WHERE id = " + e.id()));
        assertThat(names("Kavitha")).isEmpty();
        assertThat(names("12345")).isEmpty();
        long indexed = desk.db.<Long>read(ctx -> ctx.resultQuery("SELECT count(*) FROM enquiry_fts WHERE enquiry_fts MATCH 'kavitha'").fetchOne(0, Long.class));
        assertThat(indexed).isZero();
    }

    @Test
    void pagesDoNotOverlapAndFollowNewestFirst() {
        for (int i = 0; i < 25; i++) {
            desk.record("Person " + (char) ('A' + i) + " Test", null);
        }
        List<EnquirySummary> first = desk.repository.search(EnquiryQuery.ALL, 0, 10);
        List<EnquirySummary> second = desk.repository.search(EnquiryQuery.ALL, 10, 10);
        List<EnquirySummary> third = desk.repository.search(EnquiryQuery.ALL, 20, 10);
        assertThat(first).hasSize(10);
        assertThat(second).hasSize(10);
        assertThat(third).hasSize(5);
        assertThat(first.getFirst().fullName()).isEqualTo("Person Y Test"); // same created_at: newest id first
        assertThat(first).extracting(EnquirySummary::id).doesNotContainAnyElementsOf(
                second.stream().map(EnquirySummary::id).toList());
    }

    @Test
    void filtersByStatusChannelCentreConditionFollowUpAndCreated() {
        Enquiry a = desk.record("Anita Desai", null);
        Enquiry b = desk.enquiries.save(desk.walkIn("Ravi Kumar", null).channel(Channel.PHONE)
                .centreId(desk.hyderabad.id()).conditionIds(List.of(desk.arthritis.id()))
                .nextFollowUp(LocalDate.of(2026, 11, 24)).build());
        desk.enquiries.changeStatus(a.id(), a.version(), EnquiryStatus.CLOSED, CloseReason.COST);

        assertThat(ids(EnquiryQuery.ALL.withStatus(EnquiryStatus.CLOSED))).containsExactly(a.id());
        assertThat(ids(EnquiryQuery.ALL.withChannel(Channel.PHONE))).containsExactly(b.id());
        assertThat(ids(EnquiryQuery.ALL.withCentre(desk.bangalore.id()))).containsExactly(a.id());
        assertThat(ids(EnquiryQuery.ALL.withCondition(desk.arthritis.id()))).containsExactly(b.id());
        assertThat(ids(EnquiryQuery.ALL.withFollowUpDueBy(LocalDate.of(2026, 11, 25)))).containsExactly(b.id());
        Instant now = TestDb.CLOCK.instant();
        assertThat(ids(EnquiryQuery.ALL.withCreatedBetween(now, now.plusSeconds(1)))).hasSize(2);
        assertThat(ids(EnquiryQuery.ALL.withCreatedBetween(now.plusSeconds(1), null))).isEmpty();
        assertThat(ids(EnquiryQuery.text("ravi").withChannel(Channel.WALK_IN))).isEmpty();
    }

    private List<Long> ids(EnquiryQuery q) {
        return desk.repository.search(q, 0, 50).stream().map(EnquirySummary::id).toList();
    }

    @Test
    void followUpQueueHoldsDueAndOverdueOpenEnquiriesOldestFirst() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        Enquiry overdue = desk.enquiries.save(desk.walkIn("Overdue Person", null).nextFollowUp(today.minusDays(3)).build());
        Enquiry due = desk.enquiries.save(desk.walkIn("Due Person", null).nextFollowUp(today).build());
        desk.enquiries.save(desk.walkIn("Later Person", null).nextFollowUp(today.plusDays(1)).build());
        Enquiry closed = desk.enquiries.save(desk.walkIn("Closed Person", null).nextFollowUp(today.minusDays(1)).build());
        desk.enquiries.changeStatus(closed.id(), closed.version(), EnquiryStatus.CLOSED, CloseReason.OTHER);

        assertThat(desk.followUps.due(null, 0, 50)).extracting(EnquirySummary::id).containsExactly(overdue.id(), due.id());
        assertThat(desk.followUps.due(desk.hyderabad.id(), 0, 50)).isEmpty();
        assertThat(desk.followUps.isOverdue(desk.followUps.due(null, 0, 1).getFirst())).isTrue();
    }

    @Test
    void timelineShowsEventsAndConsultationsWithWhoAndWhen() {
        Enquiry e = desk.record("Kavitha Rao", "98450 12345");
        desk.enquiries.logContact(e.id(), ContactKind.CALL, "prefers afternoon", LocalDate.of(2026, 11, 27));
        String now = Timestamps.now(TestDb.CLOCK);
        desk.db.writeVoid(ctx -> {
            long clinician = ctx.resultQuery("INSERT INTO clinician (name, created_at, updated_at) VALUES ('Dr Menon', '"
                    + now + "', '" + now + "') RETURNING id").fetchOne(0, Long.class);
            ctx.execute("INSERT INTO consultation (enquiry_id, centre_id, clinician_id, starts_at, ends_at, duration_minutes,"
                    + " mode, created_at, created_by, updated_at) VALUES (" + e.id() + ", " + desk.bangalore.id() + ", "
                    + clinician + ", '2026-11-27T10:00', '2026-11-27T10:30', 30, 'IN_PERSON', '" + now + "', "
                    + desk.reception.id() + ", '" + now + "')");
        });
        List<TimelineEntry> timeline = desk.repository.timeline(e.id());
        assertThat(timeline).extracting(TimelineEntry::code)
                .contains("CREATED", "CONTACT_CALL", "STATUS", "CONSULTATION");
        assertThat(timeline).allSatisfy(t -> {
            assertThat(t.who()).isEqualTo("Asha Kulkarni");
            assertThat(t.at()).isNotNull();
        });
        assertThat(timeline).filteredOn(t -> t.code().equals("CONSULTATION")).first()
                .satisfies(t -> assertThat(t.detail()).contains("Dr Menon", "2026-11-27 10:00"));
    }

    @Test
    void theCountIsEveryRowThePagesWouldGiveForTextPhonesAndFilters() {
        desk.record("Sriram Iyer", "98450 11111");
        desk.record("Ram", null);
        desk.record("Priya Ram", "98450 22222");
        desk.record("Ramesh Babu", null);
        desk.record("RAM", null);
        desk.record("Kavitha Rao", "70221 34567");
        for (EnquiryQuery q : List.of(EnquiryQuery.ALL, EnquiryQuery.text("ram"),
                EnquiryQuery.text("ram").withStatus(EnquiryStatus.NEW), EnquiryQuery.text("9845"),
                EnquiryQuery.text("9845").withStatus(EnquiryStatus.NEW), EnquiryQuery.text("ra"),
                EnquiryQuery.text("ram").withStatus(EnquiryStatus.CLOSED), EnquiryQuery.text("nobody"))) {
            assertThat(desk.repository.count(q)).as(q.toString()).isEqualTo(desk.repository.search(q, 0, 100).size());
        }
        assertThat(desk.repository.count(EnquiryQuery.text("ram"))).isEqualTo(5);
        assertThat(desk.repository.count(EnquiryQuery.ALL)).isEqualTo(6);
    }

    @Test
    void theLanguageTheVisitorReadsBestIsKeptAndChangedWithTheEnquiry() {
        var saved = desk.enquiries.save(desk.walkIn("Kavya Hegde", "98450 44444")
                .language(org.clinicdesk.domain.common.Language.KANNADA).build());
        assertThat(desk.repository.find(saved.id()).orElseThrow().language())
                .isEqualTo(org.clinicdesk.domain.common.Language.KANNADA);
        var changed = desk.enquiries.save(saved.toBuilder().language(org.clinicdesk.domain.common.Language.OTHER).build());
        assertThat(desk.repository.find(changed.id()).orElseThrow().language())
                .isEqualTo(org.clinicdesk.domain.common.Language.OTHER);
        assertThat(desk.enquiries.save(changed.toBuilder().language(null).build()).language()).isNull();
    }
}

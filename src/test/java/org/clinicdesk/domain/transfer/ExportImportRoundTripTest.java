package org.clinicdesk.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.document.EnquiryCsvWriter;
import org.clinicdesk.document.csv.CsvReading;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.MedicalCondition;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.enquiry.Channel;
import org.clinicdesk.domain.enquiry.ConsentMethod;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryQuery;
import org.clinicdesk.domain.enquiry.EnquirySummary;
import org.clinicdesk.domain.enquiry.WithdrawalMethod;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.store.demo.DemoDataGenerator;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ClinicDesk's own enquiry export, imported into a fresh data file with no saved mapping, keeps every field of every
 * enquiry of the demo clinic: conditions, both phones, referrer, consent (how, when, withdrawn), status and close
 * reason, follow-up, language, year of birth, notes, enquiry date, and which enquiries are one person.
 */
class ExportImportRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void theExportImportsBackIntoAFreshFileWithEveryField() {
        Path csv = dir.resolve("enquiries.csv");
        Map<String, Enquiry> before = new HashMap<>();
        Set<Set<String>> peopleBefore;
        List<Centre> centres;
        List<MedicalCondition> conditions;
        Map<Long, String> centreNames = new HashMap<>();
        Map<Long, String> conditionNames = new HashMap<>();
        try (AppContext a = AppContext.open(dir.resolve("a"), true, TestDb.CLOCK)) {
            new DemoDataGenerator(a.database(), TestDb.CLOCK, 20261125L).generate(300);
            a.signInService().signInDemo();
            // what the demo does not have: a year of birth, notes a spreadsheet would run, a withdrawn consent
            long centre = a.clinicService().centres().getFirst().id();
            a.enquiryService().save(Enquiry.builder().fullName("ಕಾವ್ಯ ಹೆಗ್ಡೆ").phone("98450 77777").birthYear(1988)
                    .email("kavya@example.in").channel(Channel.WEBSITE).centreId(centre)
                    .notes("=prefers mornings\nbringing reports").consentMethod(ConsentMethod.WEB_FORM).build());
            Enquiry withdrawn = a.enquiryService().save(Enquiry.builder().fullName("Withdrew Consent")
                    .phone("98450 66666").channel(Channel.PHONE).centreId(centre).consentMethod(ConsentMethod.SPOKEN)
                    .build());
            a.enquiryService().withdrawConsent(withdrawn.id(), withdrawn.version(), WithdrawalMethod.values()[0]);
            a.enquiryService().exportCsv(EnquiryQuery.ALL, OutputTarget.newFile(csv), EnquiryCsvWriter::new,
                    TestDb.CLOCK.getZone(), Progress.NONE);
            centres = a.clinicService().centres();
            conditions = a.clinicService().conditions();
            centres.forEach(c -> centreNames.put(c.id(), c.name()));
            conditions.forEach(c -> conditionNames.put(c.id(), c.name()));
            for (EnquirySummary s : a.enquiryService().search(EnquiryQuery.ALL, 0, 1_000)) {
                Enquiry e = a.enquiryService().find(s.id()).orElseThrow();
                before.put(key(e), e);
            }
            peopleBefore = people(before);
        }
        assertThat(before).hasSize(302);

        Map<String, Enquiry> after = new HashMap<>();
        Map<Long, String> centreNamesAfter = new HashMap<>();
        Map<Long, String> conditionNamesAfter = new HashMap<>();
        try (AppContext b = AppContext.open(dir.resolve("b"), false, TestDb.CLOCK)) {
            // the clinic sets up its centres and conditions on the new desk, then imports the file as it is
            Centre first = centres.getFirst();
            b.clinicService().completeFirstStart("Deccan Rheumatology", Centre.newCentre(first.name(), first.city(),
                    first.address(), first.phone(), first.whatsapp()));
            b.currentUser().actAsCommandLine();
            centres.stream().skip(1).forEach(c -> b.clinicService().saveCentre(Centre.newCentre(c.name(), c.city(),
                    c.address(), c.phone(), c.whatsapp())));
            conditions.forEach(c -> b.clinicService().saveCondition(MedicalCondition.newCondition(c.name(),
                    c.otherNames())));
            CsvTable table = CsvReading.read(csv);
            ImportCheck check = b.importService().check(table, ColumnMapping.guess("", table.headers()), Progress.NONE);
            assertThat(check.problems()).isEmpty();
            assertThat(check.alreadyThere()).isEmpty();
            assertThat(check.notImported()).as("only ids and the last contact, which the timeline holds")
                    .containsExactly("id", "last_contact_at");
            assertThat(b.importService().importChecked(check, false, Progress.NONE).imported()).isEqualTo(302);
            b.clinicService().centres().forEach(c -> centreNamesAfter.put(c.id(), c.name()));
            b.clinicService().conditions().forEach(c -> conditionNamesAfter.put(c.id(), c.name()));
            for (EnquirySummary s : b.enquiryService().search(EnquiryQuery.ALL, 0, 1_000)) {
                Enquiry e = b.enquiryService().find(s.id()).orElseThrow();
                after.put(key(e), e);
            }
            assertThat(people(after)).as("the same enquiries are one person").isEqualTo(peopleBefore);
        }

        assertThat(after.keySet()).isEqualTo(before.keySet());
        List<String> differences = new ArrayList<>();
        before.forEach((k, was) -> {
            Enquiry now = after.get(k);
            List<Object> a = fields(was, centreNames, conditionNames);
            List<Object> b = fields(now, centreNamesAfter, conditionNamesAfter);
            for (int i = 0; i < a.size(); i++) {
                if (!java.util.Objects.equals(a.get(i), b.get(i))) {
                    differences.add(was.id() + " field " + FIELDS.get(i) + ": " + a.get(i) + " became " + b.get(i));
                }
            }
        });
        assertThat(differences).isEmpty();
        // the demo covers every field the round trip carries
        assertThat(before.values()).anyMatch(e -> e.phoneAlt() != null).anyMatch(e -> e.referrer() != null)
                .anyMatch(e -> e.conditionIds().size() > 1).anyMatch(e -> e.closeReason() != null)
                .anyMatch(e -> e.nextFollowUp() != null).anyMatch(e -> e.language() != null)
                .anyMatch(e -> e.consentWithdrawnAt() != null).anyMatch(e -> e.birthYear() != null)
                .anyMatch(e -> e.email() != null).anyMatch(e -> e.personId() != e.id());
    }

    private static final List<String> FIELDS = List.of("name", "phone", "other phone", "email", "city", "age",
            "birth year", "language", "channel", "referrer", "centre", "conditions", "notes", "status", "close reason",
            "follow-up", "consent method", "consent given", "consent withdrawn", "enquiry date");

    private static List<Object> fields(Enquiry e, Map<Long, String> centres, Map<Long, String> conditions) {
        return java.util.Arrays.asList(e.fullName(), e.phone(), e.phoneAlt(), e.email(), e.city(), e.age(),
                e.birthYear(), e.language(), e.channel(), e.referrer(), centres.get(e.centreId()),
                new TreeSet<>(e.conditionIds().stream().map(conditions::get).toList()), e.notes(), e.status(),
                e.closeReason(), e.nextFollowUp(), e.consentMethod(), minutes(e.consentGivenAt()),
                minutes(e.consentWithdrawnAt()), minutes(e.createdAt()));
    }

    private static Instant minutes(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MINUTES);
    }

    private static String key(Enquiry e) {
        return e.fullName() + "|" + e.phone() + "|" + minutes(e.createdAt());
    }

    /** The enquiries grouped by person, each by its key: ids differ between the files, the grouping must not. */
    private static Set<Set<String>> people(Map<String, Enquiry> byKey) {
        Map<Long, Set<String>> groups = new HashMap<>();
        byKey.forEach((k, e) -> groups.computeIfAbsent(e.personId(), p -> new HashSet<>()).add(k));
        return new HashSet<>(groups.values());
    }
}

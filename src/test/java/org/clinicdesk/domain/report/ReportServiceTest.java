package org.clinicdesk.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.domain.audit.AuditEntry;
import org.clinicdesk.domain.audit.AuditFilter;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.staff.PermissionDeniedException;
import org.clinicdesk.domain.staff.Role;
import org.clinicdesk.domain.staff.StaffMember;
import org.clinicdesk.testing.ReportSeed;
import org.clinicdesk.testing.StaffFixture;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report service on the real desk: who may read which report, the figures as laid out, CSV and PDF files. */
class ReportServiceTest {
    private static final DateRange NOVEMBER = DateRange.parse("2026-11-01", "2026-11-30");

    @TempDir
    Path dir;
    StaffFixture desk;
    ReportService reports;

    @BeforeEach
    void open() {
        desk = StaffFixture.open(dir, TestDb.CLOCK);
        ReportSeed.seed(desk.context.database());
        reports = desk.context.reportService();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Centre hyderabad() {
        return reports.centres().stream().filter(c -> c.name().equals("Hyderabad")).findFirst().orElseThrow();
    }

    private static String cell(Report report, String table, String label, int value) {
        ReportTable t = report.tables().stream().filter(x -> x.title().english().equals(table)).findFirst().orElseThrow();
        return t.rows().stream().filter(r -> r.labels().getFirst().english().equals(label)).findFirst()
                .map(r -> ReportTable.figure(r.values().get(value))).orElseThrow();
    }

    @Test
    void managerReadsEveryReport() {
        assertThat(reports.available()).containsExactly(ReportKind.values());
        for (ReportKind kind : ReportKind.values()) {
            assertThat(reports.run(kind, NOVEMBER, null).empty()).as(kind.name()).isFalse();
        }
    }

    @Test
    void clinicianReadsOnlyTheSheetsReportAndTheServiceRefusesTheRest() {
        StaffMember clinician = desk.add("meera", Role.CLINICIAN);
        desk.signInAs(clinician);

        assertThat(reports.available()).containsExactly(ReportKind.SHEETS);
        assertThat(reports.run(ReportKind.SHEETS, NOVEMBER, null).empty()).isFalse();
        assertThatThrownBy(() -> reports.run(ReportKind.FUNNEL, NOVEMBER, null))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("read this report");
    }

    @Test
    void receptionAndNobodySignedInAreRefusedEveryReport() {
        StaffMember reception = desk.add("ravi", Role.RECEPTION);
        desk.signInAs(reception);
        assertThat(reports.available()).isEmpty();
        for (ReportKind kind : ReportKind.values()) {
            assertThatThrownBy(() -> reports.run(kind, NOVEMBER, null)).isInstanceOf(PermissionDeniedException.class);
        }
        desk.context.currentUser().signOut();
        assertThat(reports.available()).isEmpty();
        assertThatThrownBy(() -> reports.run(ReportKind.SHEETS, NOVEMBER, null))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void funnelRatesAndNoShowRatesAsTheManagerReadsThem() {
        Report funnel = reports.run(ReportKind.FUNNEL, NOVEMBER, null);
        assertThat(cell(funnel, "From enquiry to consultation (each person once)", "Booked", 1)).isEqualTo("80.0");
        assertThat(cell(funnel, "Conversion by channel", "Phone", 4)).isEqualTo("100.0");
        assertThat(cell(funnel, "Conversion by channel", "E-mail", 3)).isEqualTo("0.0");
        assertThat(cell(funnel, "Time to the first consultation", "Median days from first enquiry to first consultation",
                0)).isEqualTo("10.5");
        assertThat(funnel.charts().getFirst().kind()).isEqualTo(ReportChart.Kind.FUNNEL);
        assertThat(funnel.charts().getFirst().points().get(2).note().english()).isEqualTo("40.0%");

        Report consultations = reports.run(ReportKind.CONSULTATIONS, NOVEMBER, null);
        ReportTable byDay = consultations.tables().stream()
                .filter(t -> t.title().english().startsWith("No-shows and cancellations by clinician and"))
                .findFirst().orElseThrow();
        assertThat(byDay.rows()).anySatisfy(r -> {
            assertThat(r.labels().get(0).english()).isEqualTo("Dr Rao");
            assertThat(r.labels().get(1).english()).isEqualTo("Monday");
            assertThat(r.values()).containsExactly(2L, 1L, 50.0, 0L, 0.0);
        });
    }

    @Test
    void sheetsInKannadaAtOneCentreAndAnEmptyRangeSaidInWords() {
        Report sheets = reports.run(ReportKind.SHEETS, NOVEMBER, hyderabad());
        assertThat(sheets.centre()).isEqualTo("Hyderabad");
        assertThat(cell(sheets, "Sheets handed out, by language", "Kannada", 0)).isEqualTo("1");

        Report empty = reports.run(ReportKind.ENQUIRIES, DateRange.parse("2025-01-01", "2025-01-31"), null);
        assertThat(empty.empty()).isTrue();
        assertThat(empty.emptyText().english())
                .isEqualTo("No enquiries were recorded from 1 Jan 2025 to 31 Jan 2025 (all centres).");
    }

    @Test
    void csvHoldsTheFiguresWithRangeAndCentreAndTheExportIsAudited() throws Exception {
        Report funnel = reports.run(ReportKind.FUNNEL, NOVEMBER, hyderabad());
        Path file = dir.resolve("funnel.csv");
        reports.exportCsv(funnel, org.clinicdesk.domain.output.OutputTarget.newFile(file));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFreport,from,to,centre,table,group,subgroup,measure,value");
        assertThat(lines).contains(
                "funnel,2026-11-01,2026-11-30,Hyderabad,From enquiry to consultation (each person once),Enquired,,People,3",
                "funnel,2026-11-01,2026-11-30,Hyderabad,Conversion by channel,Walk-in,,Came %,100.0");
        // counts only: no enquirer's name ever reaches the file
        assertThat(String.join("\n", lines)).doesNotContain("Person ");
        List<AuditEntry> audit = desk.context.auditService().find(AuditFilter.ANY);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("CSV_EXPORT");
            assertThat(e.summary()).isEqualTo("report funnel 2026-11-01 to 2026-11-30, centre id "
                    + hyderabad().id() + " (CSV)");
        });
    }

    @Test
    void pdfIsA4WithTitleRangeCentrePrintedDateAndPageXOfY() throws Exception {
        Report consultations = reports.run(ReportKind.CONSULTATIONS, NOVEMBER, null);
        Path file = dir.resolve("consultations.pdf");
        reports.savePdf(consultations, org.clinicdesk.domain.output.OutputTarget.newFile(file));

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(pdf);
            int pages = pdf.getNumberOfPages();
            assertThat(text).contains("Deccan Rheumatology Clinic", "Consultations",
                    "1 Nov 2026 to 30 Nov 2026, all centres", "Printed 25 Nov 2026", "Page 1 of " + pages,
                    "No-shows and cancellations by clinician and weekday", "Dr Rao", "Travel");
        }
        assertThat(desk.context.auditService().find(AuditFilter.ANY))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("PDF_EXPORT"));
    }
}

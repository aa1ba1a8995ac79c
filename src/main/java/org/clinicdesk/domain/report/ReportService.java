package org.clinicdesk.domain.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.domain.sheet.Letterhead;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;
import org.clinicdesk.domain.staff.StaffMember;

/**
 * The Reports screen and {@code --report}: managers read every report, clinicians the sheets report; checked here,
 * whatever the screen shows. Days are the clinic's, in its time zone. Exports and printouts are audited.
 */
public final class ReportService {
    private final ReportQueries queries;
    private final ClinicService clinic;
    private final ReportExportFile csv;
    private final ReportDocument pdf;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final OutputFiles outputs;

    public ReportService(ReportQueries queries, ClinicService clinic, ReportExportFile csv, ReportDocument pdf,
                         AuditLog audit, CurrentUser currentUser, Clock clock, OutputFiles outputs) {
        this.outputs = outputs;
        this.queries = queries;
        this.clinic = clinic;
        this.csv = csv;
        this.pdf = pdf;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The reports the person signed in may read (none when nobody is). */
    public List<ReportKind> available() {
        StaffMember who = currentUser.get().orElse(null);
        return who == null ? List.of() : Arrays.stream(ReportKind.values()).filter(k -> who.may(permission(k))).toList();
    }

    /** The clinic's day now, in its time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public DateRange range(RangePreset preset, DateRange custom) {
        return preset.range(today(), custom);
    }

    public List<Centre> centres() {
        return clinic.centres();
    }

    /** Works the report out over the whole range (every figure an aggregate in the database). */
    public Report run(ReportKind kind, DateRange range, Centre centre) {
        require(kind);
        ReportPeriod period = new ReportPeriod(range, zone());
        Long centreId = centre == null ? null : centre.id();
        LocalDate today = today();
        ReportLayout layout = new ReportLayout(range, centre == null ? null : centre.name(), today);
        return switch (kind) {
            case ENQUIRIES -> layout.enquiries(queries.enquiries(period, centreId));
            case FUNNEL -> layout.funnel(queries.funnel(period, centreId));
            case CONSULTATIONS -> layout.consultations(queries.consultations(period, centreId));
            case FOLLOW_UPS -> layout.followUps(queries.followUps(period, centreId, today));
            case SHEETS -> layout.sheets(queries.sheets(period, centreId));
        };
    }

    /**
     * Writes the report's figures to {@code file} as CSV (through {@link OutputFiles}: never onto the data, whole or
     * not at all) and records the export once the file is in place.
     */
    public Path exportCsv(Report report, OutputTarget file) {
        require(report.kind());
        return outputs.write(file, OutputFiles.Contents.NO_PERSONAL_DATA, out -> csv.write(report, out),
                new OutputFiles.AuditNote(AuditAction.CSV_EXPORT, "report", null, summary(report, "CSV")));
    }

    /** Writes the report as an A4 PDF under the letterhead of its centre (or the desk's) and records it. */
    public Path savePdf(Report report, OutputTarget file) {
        require(report.kind());
        Letterhead letterhead = letterhead(report);
        return outputs.write(file, OutputFiles.Contents.NO_PERSONAL_DATA, out -> pdf.write(report, letterhead, out),
                new OutputFiles.AuditNote(AuditAction.PDF_EXPORT, "report", null, summary(report, "PDF")));
    }

    /** The report's PDF in memory, for printing; the caller records the print with {@link #printed}. */
    public byte[] pdf(Report report) {
        require(report.kind());
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            pdf.write(report, letterhead(report), bytes);
        } catch (IOException e) {
            throw new ClinicDeskException(UserMessage.of("report.error.notLaidOut", String.valueOf(e.getMessage())), e);
        }
        return bytes.toByteArray();
    }

    public void printed(Report report) {
        audit.record(AuditAction.PRINT, "report", null, summary(report, "printer"));
    }

    private Letterhead letterhead(Report report) {
        String clinicName = clinic.clinic().map(Clinic::name).orElse("");
        Centre centre = report.centre() == null ? clinic.deskCentre().orElse(null) : clinic.centres().stream()
                .filter(c -> c.name().equals(report.centre())).findFirst().orElse(null);
        return Letterhead.of(clinicName, centre);
    }

    /** What the audit log keeps: which report, range and centre id, never a figure that could identify anyone. */
    private String summary(Report report, String how) {
        String centre = report.centre() == null ? "all centres" : "centre id " + clinic.centres().stream()
                .filter(c -> c.name().equals(report.centre())).findFirst().map(c -> String.valueOf(c.id())).orElse("?");
        return "report " + report.kind().commandName() + " " + report.range().from() + " to " + report.range().to()
                + ", " + centre + " (" + how + ")";
    }

    private void require(ReportKind kind) {
        currentUser.require(permission(kind), "action.readReport");
    }

    private static Permission permission(ReportKind kind) {
        return kind == ReportKind.SHEETS ? Permission.VIEW_SHEET_REPORT : Permission.VIEW_REPORTS;
    }

    private ZoneId zone() {
        return clinic.clinic().map(c -> ZoneId.of(c.timeZone())).orElse(clock.getZone());
    }
}

package org.clinicdesk.domain.sheet;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;

/**
 * Everything between "print these sheets" and paper or a file: the print rules (patient copy or review copy), the
 * letterhead, the one PDF layout (through {@link SheetRendering}) and the handout log. Reads the database: call it
 * from background work only.
 */
public final class SheetOutput {
    private final HandoutService handouts;
    private final ClinicService clinic;
    private final SheetRendering renderer;
    private final boolean demo;

    private final OutputFiles outputs;

    public SheetOutput(HandoutService handouts, ClinicService clinic, SheetRendering renderer, boolean demo,
                       OutputFiles outputs) {
        this.outputs = outputs;
        this.handouts = handouts;
        this.clinic = clinic;
        this.renderer = renderer;
        this.demo = demo;
    }

    /** A rendered batch: the PDF, whether it went out as patient copies (then it is logged) and the centre. */
    public record Rendered(List<SheetVersion> sheets, byte[] pdf, boolean forPatient, Long centreId, SheetPageSize size) {
    }

    public HandoutService handouts() {
        return handouts;
    }

    /** A PDF's pages as images at {@code dpi}: for the screen, or for a printer. */
    public List<BufferedImage> pages(byte[] pdf, float dpi) {
        return renderer.pages(pdf, dpi);
    }

    /** The PDF exactly as it prints, without any permission check: for the screen preview only. */
    public byte[] preview(SheetVersion sheet, SheetPageSize size, boolean draftWatermark) {
        return renderer.render(sheet, options(size, draftWatermark));
    }

    /**
     * Checks the print rules for every sheet (patient copies when all are approved and in date, else review copies,
     * which only reviewers may print) and renders them as one PDF.
     */
    public Rendered render(List<SheetVersion> sheets, SheetPageSize size, boolean patientCopiesOnly) {
        boolean allPatientReady = sheets.stream().allMatch(s -> s.inDate(handoutsToday()));
        PrintPurpose purpose = allPatientReady || patientCopiesOnly ? PrintPurpose.FOR_PATIENT : PrintPurpose.REVIEW_COPY;
        boolean watermark = false;
        for (SheetVersion s : sheets) {
            PrintDecision decision = handouts.authorise(s, purpose);
            watermark |= decision.draftWatermark();
        }
        byte[] pdf = renderer.renderAll(sheets, options(size, watermark));
        return new Rendered(sheets, pdf, purpose == PrintPurpose.FOR_PATIENT, centreId(), size);
    }

    /** Logs what was given: a handout per sheet for patient copies, an audit line for review copies. */
    public void record(Rendered rendered, Long enquiryId, HandoutMethod method) {
        if (rendered.forPatient()) {
            handouts.recordGiven(rendered.sheets(), enquiryId, rendered.centreId(), method);
        } else {
            rendered.sheets().forEach(s -> handouts.recordReviewCopy(s, method));
        }
    }

    /** Where saved PDFs go through: refuses ClinicDesk's own files, asks nothing itself (the window asks). */
    public OutputFiles outputs() {
        return outputs;
    }

    /** Saves the batch as one PDF (through {@link OutputFiles}); log it with {@link #record} once this returns. */
    public Path save(Rendered rendered, OutputTarget target) {
        return outputs.write(target, OutputFiles.Contents.NO_PERSONAL_DATA, out -> out.write(rendered.pdf()));
    }

    private java.time.LocalDate handoutsToday() {
        return handouts.today();
    }

    private Long centreId() {
        return clinic.deskCentre().map(Centre::id).orElse(null);
    }

    private SheetRenderOptions options(SheetPageSize size, boolean draftWatermark) {
        String clinicName = clinic.clinic().map(Clinic::name).orElse("");
        Centre centre = clinic.deskCentre().orElse(null);
        return new SheetRenderOptions(Letterhead.of(clinicName, centre), size, draftWatermark, demo);
    }
}

package org.clinicdesk.domain.consultation;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.clinicdesk.domain.audit.AuditAction;
import org.clinicdesk.domain.audit.AuditLog;
import org.clinicdesk.domain.clinic.Centre;
import org.clinicdesk.domain.clinic.Clinic;
import org.clinicdesk.domain.clinic.ClinicService;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.common.Transactions;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.enquiry.Enquiry;
import org.clinicdesk.domain.enquiry.EnquiryService;
import org.clinicdesk.domain.output.OutputFiles;
import org.clinicdesk.domain.output.OutputTarget;
import org.clinicdesk.domain.sheet.HandoutMethod;
import org.clinicdesk.domain.staff.CurrentUser;
import org.clinicdesk.domain.staff.Permission;

/**
 * Booking slips: the facts of a consultation gathered for the person who booked it, the slip's PDF (through
 * {@link BookingSlipDocument}) and the line on the enquiry's timeline for each slip given. Reads the database: call
 * it from background work only.
 */
public final class BookingSlipService {
    /** The timeline code of a slip given (enquiry_event.kind). */
    public static final String TIMELINE_CODE = "BOOKING_SLIP";
    private final ConsultationRepository consultations;
    private final ClinicianRepository clinicians;
    private final ClinicService clinic;
    private final EnquiryService enquiries;
    private final BookingSlipDocument document;
    private final Transactions transactions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ConsultationService diary;
    private final OutputFiles outputs;
    private final boolean demo;

    public BookingSlipService(ConsultationService diary, ConsultationRepository consultations,
                              ClinicianRepository clinicians, ClinicService clinic, EnquiryService enquiries,
                              BookingSlipDocument document, Transactions transactions, CurrentUser currentUser,
                              AuditLog audit, OutputFiles outputs, boolean demo) {
        this.outputs = outputs;
        this.diary = diary;
        this.consultations = consultations;
        this.clinicians = clinicians;
        this.clinic = clinic;
        this.enquiries = enquiries;
        this.document = document;
        this.transactions = transactions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.demo = demo;
    }

    /** The language the visitor reads best, for the slip: English when it was not asked or no slip is written in it. */
    public Language languageFor(long enquiryId) {
        Language language = enquiries.find(enquiryId).map(Enquiry::language).orElse(null);
        return language == null || language == Language.OTHER ? Language.ENGLISH : language;
    }

    /** The slip of consultation {@code consultationId} in {@code language}, on {@code paper}. */
    public BookingSlip slip(long consultationId, Language language, SlipPaper paper) {
        currentUser.require(Permission.BOOK_CONSULTATION, "action.giveBookingSlip");
        Consultation c = consultations.find(consultationId)
                .orElseThrow(() -> new ClinicDeskException(UserMessage.of("consultation.error.slipGone")));
        if (!c.status().isExpected()) {
            throw new ClinicDeskException(UserMessage.of("consultation.error.slipNotExpected"));
        }
        Centre centre = clinic.centres().stream().filter(x -> x.id() == c.centreId()).findFirst()
                .orElseThrow(() -> new ClinicDeskException(UserMessage.of("consultation.error.slipGone")));
        String clinician = clinicians.find(c.clinicianId()).map(Clinician::name).orElse("");
        LocalDate bookedOn = consultations.bookedAt(consultationId).map(at -> at.atZone(diary.zone()).toLocalDate())
                .orElse(diary.today());
        return new BookingSlip(c.id(), c.enquiryId(), language, paper, clinic.clinic().map(Clinic::name).orElse(""),
                c.personName(), c.start(), c.durationMinutes(), c.mode(), clinician, centre.name(), centre.address(),
                centre.phone(), centre.whatsapp(), centre.videoLink(), bookedOn, demo);
    }

    /** The slip as a PDF. */
    public byte[] pdf(BookingSlip slip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(slip, out);
        return out.toByteArray();
    }

    /**
     * Writes the slip's PDF through the one safe-output place (never over ClinicDesk's own files; a temporary file
     * first, then moved into place) and notes it on the enquiry's timeline; returns the file written.
     */
    public Path savePdf(BookingSlip slip, OutputTarget target) {
        Path written = outputs.write(target, OutputFiles.Contents.PERSONAL_DATA, out -> document.write(slip, out));
        recordGiven(slip, HandoutMethod.PDF);
        return written;
    }

    /** Notes the slip given on the enquiry's timeline and in the audit log, in one transaction. */
    public void recordGiven(BookingSlip slip, HandoutMethod how) {
        currentUser.require(Permission.BOOK_CONSULTATION, "action.giveBookingSlip");
        String detail = String.join(" · ", slip.start().format(DateFormats.ISO_MINUTES), slip.language().code(),
                slip.paper().name(), how.name());
        transactions.inTransaction(() -> {
            consultations.addEnquiryEvent(slip.enquiryId(), TIMELINE_CODE, detail, diary.localClock().instant());
            audit.record(how == HandoutMethod.PRINTED ? AuditAction.PRINT : AuditAction.PDF_EXPORT,
                    ConsultationService.ENTITY, slip.consultationId(),
                    "booking slip, " + slip.language().code() + ", " + slip.paper().name());
        });
    }
}

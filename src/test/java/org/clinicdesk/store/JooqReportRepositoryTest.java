package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.clinicdesk.domain.report.ConsultationFigures;
import org.clinicdesk.domain.report.ConsultationFigures.ClinicianDay;
import org.clinicdesk.domain.report.Count;
import org.clinicdesk.domain.report.DateRange;
import org.clinicdesk.domain.report.EnquiryFigures;
import org.clinicdesk.domain.report.FollowUpFigures;
import org.clinicdesk.domain.report.FunnelFigures;
import org.clinicdesk.domain.report.FunnelFigures.Stages;
import org.clinicdesk.domain.report.ReportPeriod;
import org.clinicdesk.domain.report.SheetFigures;
import org.clinicdesk.domain.report.SheetFigures.SheetLanguage;
import org.clinicdesk.testing.ReportSeed;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every figure against the hand-counted rows of {@link ReportSeed}, on a real migrated SQLite file. */
class JooqReportRepositoryTest {
    private static final ReportPeriod NOVEMBER = period("2026-11-01", "2026-11-30");
    private static final ReportPeriod EMPTY = period("2025-01-01", "2025-01-31");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @TempDir
    Path dir;
    Database db;
    JooqReportRepository reports;

    @BeforeEach
    void open() {
        db = TestDb.open(dir);
        ReportSeed.seed(db);
        reports = new JooqReportRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ReportPeriod period(String from, String to) {
        return new ReportPeriod(DateRange.parse(from, to), TestDb.ZONE);
    }

    @Test
    void enquiriesCountTheClinicsDaysNotUtcsAndKeepErasedOnes() {
        EnquiryFigures f = reports.enquiries(NOVEMBER, null);

        // E3 (00:30 on 1 Nov in Bangalore) is in; E4 (00:15 on 1 Dec) and E6 (23:30 on 31 Oct) are not; E5 is erased
        assertThat(f.total()).isEqualTo(6);
        assertThat(f.byChannel()).containsExactly(new Count("PHONE", 2), new Count("EMAIL", 1),
                new Count("REFERRAL", 1), new Count("WALK_IN", 1), new Count("WEBSITE", 1));
        assertThat(f.byCentre()).containsExactlyInAnyOrder(new Count("Bangalore", 3), new Count("Hyderabad", 3));
        assertThat(f.byCondition()).containsExactlyInAnyOrder(new Count(null, 3), new Count("Lupus (SLE)", 2),
                new Count("Rheumatoid arthritis", 2));
        assertThat(f.byReferrer()).containsExactly(new Count(null, 1));
        assertThat(f.weekly()).containsExactly(new Count("2026-11-01", 1), new Count("2026-11-02", 1),
                new Count("2026-11-09", 2), new Count("2026-11-16", 1), new Count("2026-11-23", 1),
                new Count("2026-11-30", 0));
    }

    @Test
    void enquiriesAtOneCentreOnly() {
        EnquiryFigures f = reports.enquiries(NOVEMBER, 2L);

        assertThat(f.total()).isEqualTo(3);
        assertThat(f.byChannel()).containsExactlyInAnyOrder(new Count("WALK_IN", 1), new Count("REFERRAL", 1),
                new Count("EMAIL", 1));
        assertThat(f.byCentre()).containsExactly(new Count("Hyderabad", 3));
    }

    @Test
    void emptyRangeHasNoFigures() {
        assertThat(reports.enquiries(EMPTY, null).total()).isZero();
        assertThat(reports.enquiries(EMPTY, null).weekly()).allMatch(c -> c.count() == 0);
        assertThat(reports.funnel(EMPTY, null).total()).isEqualTo(new Stages(null, 0, 0, 0));
        assertThat(reports.funnel(EMPTY, null).medianDaysToFirst()).isNull();
        assertThat(reports.consultations(EMPTY, null).total()).isZero();
        FollowUpFigures followUps = reports.followUps(EMPTY, null, TODAY);
        assertThat(followUps.contactsByKind()).isEmpty();
        assertThat(followUps.closedByReason()).isEmpty();
        assertThat(reports.sheets(EMPTY, null).total()).isZero();
    }

    @Test
    void funnelCountsAPersonWhoEnquiredTwiceOnce() {
        FunnelFigures f = reports.funnel(NOVEMBER, null);

        // people: E1+E2 (linked), E3, E5, E7, E8; booked all but E8; came: E1's person (C2) and E3 (C4)
        assertThat(f.total()).isEqualTo(new Stages(null, 5, 4, 2));
        assertThat(f.byChannel()).contains(new Stages("PHONE", 1, 1, 1), new Stages("WALK_IN", 1, 1, 1),
                new Stages("REFERRAL", 1, 1, 0), new Stages("WEBSITE", 1, 1, 0), new Stages("EMAIL", 1, 0, 0));
        assertThat(f.byCentre()).containsExactly(new Stages("Hyderabad", 3, 2, 1), new Stages("Bangalore", 2, 2, 1));
        // days to the first consultation held or due: 0 (C1 the same day), 9 (C4), 12 (C5), 16 (C7) -> median 10.5
        assertThat(f.medianDaysToFirst()).isEqualTo(10.5);
    }

    @Test
    void funnelAtOneCentre() {
        assertThat(reports.funnel(NOVEMBER, 2L).total()).isEqualTo(new Stages(null, 3, 2, 1));
    }

    @Test
    void consultationsByStatusClinicianAndWeekdayWithTheHalfPastMidnightOneOnItsOwnDay() {
        ConsultationFigures f = reports.consultations(NOVEMBER, null);

        assertThat(f.total()).isEqualTo(5);
        assertThat(f.byStatus()).containsExactlyInAnyOrder(new Count("NO_SHOW", 1), new Count("COMPLETED", 1),
                new Count("CANCELLED", 1), new Count("ARRIVED", 1), new Count("RESCHEDULED", 1));
        // C1 at 00:30 on Monday 2 Nov is Monday's no-show
        assertThat(f.byClinicianDay()).containsExactly(new ClinicianDay("Dr Iyer", 2, 2, 1, 0, 1),
                new ClinicianDay("Dr Rao", 1, 2, 1, 1, 0));
        assertThat(f.cancelReasons()).containsExactly(new Count("Travel", 1));
        assertThat(f.byMode()).containsExactly(new Count("IN_PERSON", 2), new Count("VIDEO", 1));
    }

    @Test
    void followUpsOnTimeLateOverdueAndClosed() {
        FollowUpFigures f = reports.followUps(NOVEMBER, null, TODAY);

        assertThat(f.contactsByKind()).containsExactlyInAnyOrder(new Count("CALL", 1), new Count("WHATSAPP", 1),
                new Count("NO_ANSWER", 1));
        assertThat(f.onTime()).isEqualTo(1);
        assertThat(f.late()).isEqualTo(1);
        assertThat(f.overdue()).isEqualTo(1);
        // closed_at kept by the V11_1 trigger when the status changed
        assertThat(f.closedByReason()).containsExactly(new Count("COST", 1));
        assertThat(reports.followUps(NOVEMBER, 2L, TODAY).contactsByKind()).containsExactlyInAnyOrder(
                new Count("WHATSAPP", 1), new Count("NO_ANSWER", 1));
    }

    @Test
    void sheetsBySheetLanguageHowAndToWhomWithAWalkIn() {
        SheetFigures f = reports.sheets(NOVEMBER, null);

        assertThat(f.bySheetLanguage()).containsExactly(new SheetLanguage("Living with lupus", "kn", 2),
                new SheetLanguage("Living with lupus", "en", 1));
        assertThat(f.byMethod()).containsExactly(new Count("PRINTED", 2), new Count("PDF", 1));
        assertThat(f.toEnquiries()).isEqualTo(2);
        assertThat(f.toWalkIns()).isEqualTo(1);
        SheetFigures bangalore = reports.sheets(NOVEMBER, 1L);
        assertThat(bangalore.total()).isEqualTo(2);
        assertThat(bangalore.toWalkIns()).isEqualTo(1);
    }
}

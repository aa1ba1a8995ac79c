package org.clinicdesk.domain.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.domain.common.ValidationException;
import org.clinicdesk.domain.staff.PermissionDeniedException;
import org.clinicdesk.testing.SheetFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    Path dir;
    private SheetFixture f;

    @BeforeEach
    void open() {
        f = new SheetFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private SheetVersion approvedSheet(String slug) {
        f.signIn(f.clinician);
        SheetVersion v = f.sheets.create(f.content(slug));
        f.sheets.submitForReview(v.id());
        return f.sheets.approve(v.id(), null);
    }

    @Test
    void receptionMayNotWriteOrApprove() {
        f.signIn(f.reception);
        assertThatThrownBy(() -> f.sheets.create(f.content("sle"))).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("reception");
        f.signIn(f.clinician);
        SheetVersion v = f.sheets.create(f.content("sle"));
        f.sheets.submitForReview(v.id());
        f.signIn(f.reception);
        assertThatThrownBy(() -> f.sheets.approve(v.id(), null)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> f.sheets.retire(v.id())).isInstanceOf(PermissionDeniedException.class);
        assertThat(f.sheets.version(v.id()).status()).isEqualTo(SheetStatus.IN_REVIEW);
    }

    @Test
    void approvalRecordsWhoWhenAndDefaultNextReviewInAYear() {
        SheetVersion v = approvedSheet("sle");
        assertThat(v.status()).isEqualTo(SheetStatus.APPROVED);
        assertThat(v.reviewerId()).isEqualTo(f.clinician.id());
        assertThat(v.reviewerName()).isEqualTo("Dr Kavitha Rao");
        assertThat(v.reviewedOn()).isEqualTo(TODAY);
        assertThat(v.nextReview()).isEqualTo(TODAY.plusYears(1));
        assertThat((int) f.db.read(ctx -> ctx.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("APPROVE")))).isEqualTo(1);
    }

    @Test
    void managerSetsNextReviewButNotInThePast() {
        f.signIn(f.manager);
        SheetVersion v = f.sheets.create(f.content("sle"));
        f.sheets.submitForReview(v.id());
        assertThatThrownBy(() -> f.sheets.approve(v.id(), TODAY)).isInstanceOf(ValidationException.class);
        assertThat(f.sheets.approve(v.id(), TODAY.plusMonths(6)).nextReview()).isEqualTo(TODAY.plusMonths(6));
    }

    @Test
    void onlyASheetInReviewCanBeApproved() {
        f.signIn(f.clinician);
        SheetVersion v = f.sheets.create(f.content("sle"));
        assertThatThrownBy(() -> f.sheets.approve(v.id(), null)).hasMessageContaining("sent for review");
    }

    @Test
    void editingAnApprovedVersionMakesANewDraftAndLeavesTheOldOneAsItWas() {
        SheetVersion v1 = approvedSheet("sle");
        SheetContent changed = f.content("sle", v1.kind(), null, "## About\n\nChanged text.");
        SheetVersion v2 = f.sheets.edit(v1.id(), changed);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(SheetStatus.DRAFT);
        SheetVersion old = f.sheets.version(v1.id());
        assertThat(old.content().bodyMarkdown()).isEqualTo(v1.content().bodyMarkdown());
        assertThat(old.status()).isEqualTo(SheetStatus.APPROVED);
        assertThat(f.sheets.history(v2)).extracting(SheetVersion::version).containsExactly(2, 1);
        // a second edit of v1 while v2 is a draft is refused, an edit of v2 changes it in place
        assertThatThrownBy(() -> f.sheets.edit(v1.id(), changed)).hasMessageContaining("already a draft");
        assertThat(f.sheets.edit(v2.id(), f.content("sle", v1.kind(), null, "Again.")).id()).isEqualTo(v2.id());
        assertThat(f.sheets.library(SheetFilter.ALL)).extracting(SheetVersion::version).containsExactly(2);
    }

    @Test
    void approvingANewVersionRetiresThePreviousOne() {
        SheetVersion v1 = approvedSheet("sle");
        SheetVersion v2 = f.sheets.edit(v1.id(), f.content("sle"));
        f.sheets.submitForReview(v2.id());
        f.sheets.approve(v2.id(), null);
        assertThat(f.sheets.version(v1.id()).status()).isEqualTo(SheetStatus.RETIRED);
        assertThat(f.handouts.approved("sle", "en")).map(SheetVersion::version).contains(2);
    }

    @Test
    void sendBackNeedsACommentAndMakesADraftAgain() {
        f.signIn(f.clinician);
        SheetVersion v = f.sheets.create(f.content("sle"));
        f.sheets.submitForReview(v.id());
        assertThatThrownBy(() -> f.sheets.sendBack(v.id(), " ")).isInstanceOf(ValidationException.class);
        SheetVersion back = f.sheets.sendBack(v.id(), "Add when to seek urgent help.");
        assertThat(back.status()).isEqualTo(SheetStatus.DRAFT);
        assertThat(back.reviewComment()).isEqualTo("Add when to seek urgent help.");
    }

    @Test
    void requiredFieldsAreCheckedBeforeSaving() {
        f.signIn(f.clinician);
        SheetContent empty = new SheetContent("Bad Slug", null, List.of(), "en", "", "", "", null, List.of(), "");
        assertThatThrownBy(() -> f.sheets.create(empty)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors())
                        .containsKeys("slug", "kind", "title", "summary", "body", "sources", "author"));
    }

    @Test
    void receptionPrintsOnlyApprovedInDateSheetsForPatients() {
        SheetVersion approved = approvedSheet("sle");
        f.signIn(f.clinician);
        SheetVersion draft = f.sheets.create(f.content("draft-one"));
        f.signIn(f.reception);
        PrintDecision ok = f.handouts.authorise(approved, PrintPurpose.FOR_PATIENT);
        assertThat(ok.draftWatermark()).isFalse();
        assertThatThrownBy(() -> f.handouts.authorise(draft, PrintPurpose.FOR_PATIENT))
                .isInstanceOf(SheetRefusedException.class).hasMessageContaining("not approved");
        assertThatThrownBy(() -> f.handouts.authorise(draft, PrintPurpose.REVIEW_COPY))
                .isInstanceOf(SheetRefusedException.class).hasMessageContaining("A clinician must review");
        f.user.signOut();
        assertThatThrownBy(() -> f.handouts.authorise(approved, PrintPurpose.FOR_PATIENT))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("Sign in");
        f.signIn(f.clinician);
        assertThat(f.handouts.authorise(draft, PrintPurpose.REVIEW_COPY).draftWatermark()).isTrue();
    }

    @Test
    void aSheetPastItsNextReviewDateNeedsReview() {
        f.signIn(f.clinician);
        SheetVersion v = f.sheets.create(f.content("sle"));
        f.sheets.submitForReview(v.id());
        f.sheets.approve(v.id(), null);
        f.repository.updateReview(v.id(), SheetStatus.APPROVED, f.clinician.id(), TODAY.minusYears(2), TODAY.minusDays(1), "");
        SheetVersion stale = f.sheets.version(v.id());
        f.signIn(f.reception);
        assertThatThrownBy(() -> f.handouts.authorise(stale, PrintPurpose.FOR_PATIENT))
                .hasMessageContaining("needs review");
        assertThat(f.sheets.dueForReview(30)).extracting(SheetVersion::id).containsExactly(v.id());
    }

    @Test
    void handoutsAreLoggedPerSheetWithEnquiryOrForAWalkIn() {
        SheetVersion a = approvedSheet("sle");
        SheetVersion b = approvedSheet("treatments");
        f.signIn(f.reception);
        f.handouts.recordGiven(List.of(a, b), f.enquiryId, f.centreId, HandoutMethod.PRINTED);
        f.handouts.recordGiven(List.of(a), null, f.centreId, HandoutMethod.PDF);
        assertThat(f.handouts.handoutsFor(f.enquiryId)).extracting(h -> h.sheetVersionId())
                .containsExactly(a.id(), b.id());
        assertThat(f.handouts.handoutCount()).isEqualTo(3);
        assertThat((int) f.db.read(ctx -> ctx.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PRINT")))).isEqualTo(2);
        assertThat((int) f.db.read(ctx -> ctx.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PDF_EXPORT")))).isEqualTo(1);
        assertThat(f.handouts.suggestionsFor(List.of(f.lupusId))).hasSize(2);
    }

    @Test
    void todaysTallyCountsTheClinicsDayAndTheWalkIns() {
        SheetVersion a = approvedSheet("sle");
        f.signIn(f.reception);
        f.handouts.recordGiven(List.of(a), f.enquiryId, f.centreId, HandoutMethod.PRINTED);
        f.handouts.recordGiven(List.of(a), null, f.centreId, HandoutMethod.PDF);
        // the clock says 10:00 on 25 Nov in Kolkata: the clinic's day began at 18:30 UTC the day before
        handoutAt(a, "2026-11-24T18:29:59.999Z");
        handoutAt(a, "2026-11-24T18:30:00.000Z");
        assertThat(f.handouts.givenToday()).isEqualTo(new org.clinicdesk.domain.sheet.HandoutTally(3, 2));
    }

    private void handoutAt(SheetVersion v, String when) {
        f.db.writeVoid(ctx -> ctx.insertInto(org.clinicdesk.store.jooq.Tables.HANDOUT)
                .set(org.clinicdesk.store.jooq.Tables.HANDOUT.SHEET_VERSION_ID, v.id())
                .set(org.clinicdesk.store.jooq.Tables.HANDOUT.LANGUAGE, "en")
                .set(org.clinicdesk.store.jooq.Tables.HANDOUT.METHOD, "PRINTED")
                .set(org.clinicdesk.store.jooq.Tables.HANDOUT.GIVEN_AT, when).execute());
    }
}

package org.clinicdesk.domain.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.AUDIT_EVENT;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.store.JooqStaffRepository;
import org.clinicdesk.testing.SheetFixture;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translation is a version of the same sheet in another language: made from one English version, approved only by
 * a reviewer who reads its language, and out of date (not for patients) once a newer English version is approved.
 * On a real SQLite file migrated by the real migrations.
 */
class SheetTranslationsTest {
    @TempDir
    Path dir;
    private SheetFixture f;
    private JooqStaffRepository staff;

    @BeforeEach
    void open() {
        f = new SheetFixture(dir);
        staff = new JooqStaffRepository(f.db, TestDb.CLOCK);
        f.signIn(f.clinician);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private SheetVersion approve(SheetVersion v) {
        f.sheets.submitForReview(v.id());
        return f.sheets.approve(v.id(), null);
    }

    private SheetContent kannada(String body) {
        SheetContent en = f.content("sle");
        return new SheetContent("sle", en.kind(), en.conditionIds(), "kn", "ಲೂಪಸ್", "ಸಾರಾಂಶ.", body, null,
                en.sources(), "Translator");
    }

    private SheetVersion newEnglishVersion(SheetVersion approved, String body) {
        SheetContent c = approved.content();
        return f.sheets.edit(approved.id(), new SheetContent(c.slug(), c.kind(), c.conditionIds(), c.language(),
                c.title(), c.summary(), body, c.evidence(), c.sources(), c.author()));
    }

    @Test
    void aTranslationRecordsTheEnglishVersionItWasMadeFrom() {
        SheetVersion english = approve(f.sheets.create(f.content("sle")));
        SheetVersion kn = f.sheets.create(kannada("ಲೂಪಸ್ ಬಹಳ ಕಾಲ ಇರುವ ಕಾಯಿಲೆ."));
        assertThat(kn.translation()).isTrue();
        assertThat(kn.translationOf()).isEqualTo(new SheetVersion.TranslationOf(english.id(), 1));
        assertThat(english.translationOf()).isNull();
    }

    @Test
    void onlyAReviewerWhoReadsTheLanguageMayApproveATranslationAndTheApprovalSaysSo() {
        approve(f.sheets.create(f.content("sle")));
        SheetVersion kn = f.sheets.create(kannada("ಲೂಪಸ್ ಬಹಳ ಕಾಲ ಇರುವ ಕಾಯಿಲೆ."));
        f.sheets.submitForReview(kn.id());
        staff.saveLanguages(f.clinician.id(), EnumSet.of(Language.ENGLISH, Language.HINDI));
        assertThatThrownBy(() -> f.sheets.approve(kn.id(), null)).isInstanceOf(ClinicDeskException.class)
                .hasMessageContaining("Only a reviewer who reads Kannada");
        assertThat(f.sheets.version(kn.id()).status()).isEqualTo(SheetStatus.IN_REVIEW);

        staff.saveLanguages(f.clinician.id(), EnumSet.of(Language.ENGLISH, Language.KANNADA));
        SheetVersion approved = f.sheets.approve(kn.id(), null);
        assertThat(approved.status()).isEqualTo(SheetStatus.APPROVED);
        assertThat(approved.reviewerId()).isEqualTo(f.clinician.id());
        assertThat(approved.inDate(f.handouts.today())).isTrue();
        List<String> approvals = f.db.read(ctx -> ctx.select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_ID.eq(kn.id()).and(AUDIT_EVENT.ACTION.eq("APPROVE"))).fetch(AUDIT_EVENT.SUMMARY));
        assertThat(approvals).singleElement().asString().contains("translation of en v1", "reviewer reads kn");
    }

    @Test
    void aTranslationIsApprovedOnlyAgainstAnApprovedEnglishVersion() {
        f.sheets.create(f.content("sle"));
        SheetVersion kn = f.sheets.create(kannada("ಲೂಪಸ್ ಬಹಳ ಕಾಲ ಇರುವ ಕಾಯಿಲೆ."));
        f.sheets.submitForReview(kn.id());
        staff.saveLanguages(f.clinician.id(), EnumSet.of(Language.KANNADA));
        assertThatThrownBy(() -> f.sheets.approve(kn.id(), null)).hasMessageContaining("Approve the English version");
    }

    @Test
    void approvingANewEnglishVersionPutsTheOldTranslationOutOfDateUntilAReaderApprovesItAgain() {
        staff.saveLanguages(f.clinician.id(), EnumSet.of(Language.ENGLISH, Language.KANNADA));
        SheetVersion en1 = approve(f.sheets.create(f.content("sle")));
        SheetVersion kn = approve(f.sheets.create(kannada("ಲೂಪಸ್ ಬಹಳ ಕಾಲ ಇರುವ ಕಾಯಿಲೆ.")));
        assertThat(f.handouts.approved("sle", "kn")).hasValueSatisfying(v -> assertThat(v.inDate(f.handouts.today())).isTrue());

        // a draft English version changes nothing; approving it does
        SheetVersion en2 = newEnglishVersion(en1, "## About\n\nLupus is a long-term illness. It can affect the kidneys.");
        assertThat(f.sheets.version(kn.id()).outOfDate()).isFalse();
        approve(en2);

        SheetVersion stale = f.sheets.version(kn.id());
        assertThat(stale.status()).isEqualTo(SheetStatus.APPROVED);
        assertThat(stale.outOfDate()).isTrue();
        assertThat(stale.outOfDateSince()).isEqualTo(f.handouts.today());
        assertThat(stale.translationOf().englishVersion()).isEqualTo(1);
        assertThat(stale.inDate(f.handouts.today())).isFalse();
        // it no longer goes to patients, and says why
        f.signIn(f.reception);
        assertThatThrownBy(() -> f.handouts.recordGiven(List.of(stale), f.enquiryId, f.centreId, HandoutMethod.PDF))
                .isInstanceOf(SheetRefusedException.class).hasMessageContaining("older English version")
                .hasMessageContaining("reads Kannada");
        assertThat(f.handouts.handoutCount()).isZero();

        // a reviewer who reads Kannada checks it beside English version 2 and approves it again
        f.signIn(f.clinician);
        SheetVersion again = f.sheets.approve(kn.id(), null);
        assertThat(again.outOfDate()).isFalse();
        assertThat(again.translationOf()).isEqualTo(new SheetVersion.TranslationOf(en2.id(), 2));
        f.signIn(f.reception);
        assertThat(f.handouts.recordGiven(List.of(again), f.enquiryId, f.centreId, HandoutMethod.PRINTED))
                .singleElement().satisfies(h -> assertThat(h.language()).isEqualTo("kn"));
    }

    @Test
    void aNewTranslationVersionIsMadeFromTheCurrentEnglish() {
        staff.saveLanguages(f.clinician.id(), EnumSet.of(Language.KANNADA));
        SheetVersion en1 = approve(f.sheets.create(f.content("sle")));
        SheetVersion kn1 = approve(f.sheets.create(kannada("ಲೂಪಸ್ ಬಹಳ ಕಾಲ ಇರುವ ಕಾಯಿಲೆ.")));
        SheetVersion en2 = approve(newEnglishVersion(en1, "## About\n\nLupus is a long-term illness. It can hurt."));
        SheetVersion kn2 = f.sheets.edit(kn1.id(), kannada("ಲೂಪಸ್ ಬಹಳ ಕಾಲ ಇರುವ ಕಾಯಿಲೆ. ಹೊಸ ವಾಕ್ಯ."));
        assertThat(kn2.version()).isEqualTo(2);
        assertThat(kn2.translationOf()).isEqualTo(new SheetVersion.TranslationOf(en2.id(), 2));
        assertThat(kn2.outOfDate()).isFalse();
        SheetVersion approved = approve(kn2);
        // the out-of-date version 1 is retired when version 2 is approved
        assertThat(f.sheets.version(kn1.id()).status()).isEqualTo(SheetStatus.RETIRED);
        assertThat(approved.inDate(f.handouts.today())).isTrue();
    }
}

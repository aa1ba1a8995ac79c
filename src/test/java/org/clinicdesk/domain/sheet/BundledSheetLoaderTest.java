package org.clinicdesk.domain.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.document.SheetSamples;
import org.clinicdesk.testing.SheetFixture;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSheetLoaderTest {
    @TempDir
    Path dir;

    @Test
    void loadsMissingSheetsAsDraftsOnceAndLinksConditionsByName() {
        try (SheetFixture f = new SheetFixture(dir)) {
            BundledSheetLoader loader = new BundledSheetLoader(f.repository, f.clinic, f.db, f.audit, TestDb.CLOCK);
            BundledSheet trial = SheetSamples.read("/sheets/fixture-trial.en.md");
            assertThat(loader.load(List.of(trial), false)).isEqualTo(1);
            assertThat(loader.load(List.of(trial), false)).isZero();
            f.signIn(f.reception); // the loader runs at start with nobody signed in; reading the library needs someone
            List<SheetVersion> all = f.sheets.library(SheetFilter.ALL);
            assertThat(all).singleElement().satisfies(v -> {
                assertThat(v.status()).isEqualTo(SheetStatus.DRAFT);
                assertThat(v.content().conditionIds()).containsExactly(f.lupusId);
                assertThat(v.content().sources()).hasSize(2);
                assertThat(v.content().investigational()).isTrue();
            });
        }
    }

    @Test
    void inTheDemoTheDemoClinicianApproves() {
        try (SheetFixture f = new SheetFixture(dir)) {
            BundledSheetLoader loader = new BundledSheetLoader(f.repository, f.clinic, f.db, f.audit, TestDb.CLOCK);
            loader.load(List.of(SheetSamples.read("/sheets/fixture-trial.en.md")), true);
            f.signIn(f.reception);
            SheetVersion v = f.sheets.library(SheetFilter.ALL).getFirst();
            assertThat(v.status()).isEqualTo(SheetStatus.APPROVED);
            assertThat(v.reviewerId()).isEqualTo(f.clinician.id());
            assertThat(v.nextReview()).isEqualTo(TestDb.CLOCK.instant().atZone(TestDb.ZONE).toLocalDate().plusYears(1));
        }
    }
}

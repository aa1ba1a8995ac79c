package org.clinicdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinicdesk.store.jooq.Tables.STAFF_LANGUAGE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.clinicdesk.domain.common.Language;
import org.clinicdesk.domain.sheet.SheetContent;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.testing.SheetFixture;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translation links, out-of-date marks and the languages staff read, on a real migrated SQLite file. */
class JooqSheetRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void aTranslationKeepsItsEnglishVersionAndItsOutOfDateMarkUntilLinkedAgain() {
        try (SheetFixture f = new SheetFixture(dir)) {
            SheetContent en = f.content("sle");
            long sheetId = f.repository.insertSheet(en);
            SheetVersion en1 = f.repository.insertVersion(sheetId, 1, en, null);
            SheetVersion en2 = f.repository.insertVersion(sheetId, 2, en, null);
            SheetVersion te = f.repository.insertVersion(sheetId, 1, new SheetContent("sle", en.kind(),
                    en.conditionIds(), "te", "లూపస్", "s", "లూపస్ చాలా కాలం ఉండే జబ్బు.", null, en.sources(), "T"), null);
            assertThat(te.translationOf()).isNull();

            f.repository.linkTranslation(te.id(), en1.id());
            f.repository.markOutOfDate(te.id(), LocalDate.of(2026, 12, 1));
            SheetVersion stale = f.repository.findVersion(te.id()).orElseThrow();
            assertThat(stale.translationOf()).isEqualTo(new SheetVersion.TranslationOf(en1.id(), 1));
            assertThat(stale.outOfDateSince()).isEqualTo(LocalDate.of(2026, 12, 1));
            // the English rows themselves are read as they were (the self-join does not confuse their version)
            assertThat(f.repository.versionsOf(sheetId, "en")).extracting(SheetVersion::version).containsExactly(2, 1);

            f.repository.linkTranslation(te.id(), en2.id());
            SheetVersion current = f.repository.versionsOf(sheetId, "te").getFirst();
            assertThat(current.translationOf().englishVersion()).isEqualTo(2);
            assertThat(current.outOfDate()).isFalse();
        }
    }

    @Test
    void theLanguagesStaffReadAreStoredPerAccountAndOnlyTheFiveSheetLanguagesAreAccepted() {
        try (SheetFixture f = new SheetFixture(dir)) {
            JooqStaffRepository staff = new JooqStaffRepository(f.db, TestDb.CLOCK);
            staff.saveLanguages(f.clinician.id(), EnumSet.of(Language.ENGLISH, Language.URDU, Language.OTHER));
            assertThat(staff.languages(f.clinician.id())).containsExactly(Language.ENGLISH, Language.URDU);
            assertThat(f.repository.languagesReadBy(f.clinician.id())).containsExactly(Language.ENGLISH, Language.URDU);
            assertThat(staff.languages(f.reception.id())).isEmpty();
            staff.saveLanguages(f.clinician.id(), EnumSet.of(Language.TELUGU));
            assertThat(staff.languages(f.clinician.id())).containsExactly(Language.TELUGU);
            assertThatThrownBy(() -> f.db.writeVoid(ctx -> ctx.insertInto(STAFF_LANGUAGE)
                    .set(STAFF_LANGUAGE.STAFF_ID, f.clinician.id()).set(STAFF_LANGUAGE.LANGUAGE, "xx").execute()))
                    .hasMessageContaining("CHECK");
        }
    }
}

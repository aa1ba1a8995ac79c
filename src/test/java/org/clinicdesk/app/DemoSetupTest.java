package org.clinicdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicdesk.store.jooq.Tables.HANDOUT;
import static org.clinicdesk.store.jooq.Tables.SHEET_VERSION;

import java.nio.file.Path;
import java.util.List;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.TestDb;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --demo hands out its approved sheets over the months of its history, and only the first time. */
class DemoSetupTest {
    @TempDir
    Path dir;

    @Test
    void theDemoHasHandoutsBySheetLanguageHowAndToWhomOnceOnly() {
        try (AppContext context = AppContext.open(dir, true, TestDb.CLOCK)) {
            DemoSetup.ensureDemoData(context);
            var db = context.database();
            int handouts = count(db, HANDOUT, DSL.noCondition());
            assertThat(handouts).as("about three for every ten enquiries").isBetween(DemoSetup.DEMO_ENQUIRIES / 6,
                    DemoSetup.DEMO_ENQUIRIES / 2);
            assertThat(rows(db, ctx -> ctx.selectDistinct(HANDOUT.LANGUAGE).from(HANDOUT).fetch(HANDOUT.LANGUAGE)))
                    .contains("en", "hi", "kn", "te", "ur");
            assertThat(rows(db, ctx -> ctx.selectDistinct(HANDOUT.METHOD).from(HANDOUT).fetch(HANDOUT.METHOD)))
                    .containsExactlyInAnyOrder("PRINTED", "PDF");
            assertThat(count(db, HANDOUT, HANDOUT.ENQUIRY_ID.isNull())).as("walk-ins").isPositive();
            assertThat(rows(db, ctx -> ctx.selectDistinct(HANDOUT.SHEET_VERSION_ID).from(HANDOUT).fetch())).hasSizeGreaterThan(8);
            // each handout is of an approved version in the language it is logged in
            assertThat(count(db, HANDOUT.join(SHEET_VERSION).on(SHEET_VERSION.ID.eq(HANDOUT.SHEET_VERSION_ID)),
                    SHEET_VERSION.LANGUAGE.ne(HANDOUT.LANGUAGE).or(SHEET_VERSION.STATUS.ne("APPROVED")))).isZero();
            // Kannada sheets went out this month (the test clock's November 2026)
            assertThat(count(db, HANDOUT, HANDOUT.LANGUAGE.eq("kn")
                    .and(HANDOUT.GIVEN_AT.ge("2026-10-31T18:30:00Z")))).isPositive();
            assertThat(count(db, HANDOUT, HANDOUT.GIVEN_AT.gt(org.clinicdesk.store.Timestamps.now(TestDb.CLOCK))))
                    .as("nothing handed out in the future").isZero();

            DemoSetup.ensureDemoData(context);
            assertThat(count(db, HANDOUT, DSL.noCondition())).as("opening the demo again adds none").isEqualTo(handouts);
            List<String> langs = db.read(ctx -> ctx.select(HANDOUT.LANGUAGE).from(HANDOUT).fetch(HANDOUT.LANGUAGE));
            assertThat(langs).hasSize(handouts);
        }
    }

    private static int count(Database db, org.jooq.Table<?> table, org.jooq.Condition where) {
        return db.read(ctx -> ctx.fetchCount(table, where));
    }

    private static <T> List<T> rows(Database db, java.util.function.Function<org.jooq.DSLContext, List<T>> query) {
        return db.read(query::apply);
    }
}

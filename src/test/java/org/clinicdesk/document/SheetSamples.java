package org.clinicdesk.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.domain.sheet.BundledSheet;
import org.clinicdesk.domain.sheet.Letterhead;
import org.clinicdesk.domain.sheet.SheetStatus;
import org.clinicdesk.domain.sheet.SheetVersion;

/** Sheet versions for rendering tests, made from Markdown files without a database. */
public final class SheetSamples {
    public static final Letterhead LETTERHEAD = new Letterhead("Deccan Rheumatology Clinic", "Bangalore — Indiranagar",
            "+91 80 4123 4567");

    private SheetSamples() {
    }

    public static BundledSheet read(String resource) {
        try (InputStream in = SheetSamples.class.getResourceAsStream(resource)) {
            return BundledSheet.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The four sheets shipped in db/sheets, as packaged on the class path. */
    public static List<BundledSheet> bundled() {
        return List.of("sle", "lupus-standard-treatments", "msc-therapy-lupus", "first-consultation").stream()
                .map(slug -> read("/db/sheets/" + slug + ".en.md")).toList();
    }

    public static SheetVersion approved(BundledSheet sheet, int version) {
        return new SheetVersion(1, 1, version, sheet.content(List.of(1L)), SheetStatus.APPROVED, 3L, "Dr Kavitha Rao",
                LocalDate.of(2026, 11, 20), LocalDate.of(2027, 11, 20), "");
    }

    /** An approved translation made from English version {@code englishVersion}. */
    public static SheetVersion translated(BundledSheet sheet, int version, int englishVersion) {
        SheetVersion v = approved(sheet, version);
        return new SheetVersion(v.id(), v.sheetId(), version, v.content(), v.status(), v.reviewerId(),
                v.reviewerName(), v.reviewedOn(), v.nextReview(), "", new SheetVersion.TranslationOf(9, englishVersion),
                null);
    }

    public static SheetVersion draft(BundledSheet sheet) {
        return new SheetVersion(1, 1, 1, sheet.content(List.of(1L)), SheetStatus.DRAFT, null, null, null, null, "");
    }
}

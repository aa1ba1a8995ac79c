package org.clinicdesk.ui.sheet;

import java.time.LocalDate;
import java.util.Optional;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.sheet.SheetKind;
import org.clinicdesk.domain.sheet.SheetStatus;
import org.clinicdesk.domain.sheet.SheetVersion;
import org.clinicdesk.ui.common.LanguageNames;
import org.clinicdesk.ui.common.Messages;

/** Display names of sheet kinds and statuses (keys sheets.kind.* and sheets.statusName.*), and review dates. */
final class SheetNames {
    private static final String KIND = "sheets.kind.";
    private static final String STATUS = "sheets.statusName.";
    private static final String EVIDENCE = "sheets.evidence.";

    /** As the printed footer writes them ("25 Nov 2027"), so the screen and the page agree. */

    private SheetNames() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DateFormats.DATE.format(date);
    }

    static String kind(SheetKind kind) {
        return Messages.get(KIND + kind.name());
    }

    static String evidence(org.clinicdesk.domain.sheet.EvidenceStatus evidence) {
        return Messages.get(EVIDENCE + evidence.name());
    }

    /**
     * For a translation: "Hindi translation of version 3" (the English version it was made from), out of date or
     * waiting for a reader of its language as the case is.
     */
    static Optional<String> translationLine(SheetVersion v) {
        if (!v.translation()) {
            return Optional.empty();
        }
        String language = LanguageNames.ofCode(v.language());
        String of = v.translationOf() == null ? Messages.format("sheets.translation", language)
                : Messages.format("sheets.translationOf", language, v.translationOf().englishVersion());
        if (v.approved() && v.outOfDate()) {
            return Optional.of(Messages.format("sheets.translation.outOfDate", of));
        }
        if (v.status() == SheetStatus.DRAFT || v.status() == SheetStatus.IN_REVIEW) {
            return Optional.of(Messages.format("sheets.translation.needsReader", of, language));
        }
        return Optional.of(of);
    }

    static String status(SheetStatus status) {
        return Messages.get(STATUS + status.name());
    }
}

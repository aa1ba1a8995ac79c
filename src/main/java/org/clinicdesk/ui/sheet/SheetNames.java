package org.clinicdesk.ui.sheet;

import java.time.LocalDate;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.sheet.SheetKind;
import org.clinicdesk.domain.sheet.SheetStatus;
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

    static String status(SheetStatus status) {
        return Messages.get(STATUS + status.name());
    }
}

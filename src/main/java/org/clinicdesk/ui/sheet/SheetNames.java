package org.clinicdesk.ui.sheet;

import org.clinicdesk.domain.sheet.SheetKind;
import org.clinicdesk.domain.sheet.SheetStatus;
import org.clinicdesk.ui.common.Messages;

/** Display names of sheet kinds and statuses (keys sheets.kind.* and sheets.statusName.*). */
final class SheetNames {
    private static final String KIND = "sheets.kind.";
    private static final String STATUS = "sheets.statusName.";

    private SheetNames() {
    }

    static String kind(SheetKind kind) {
        return Messages.get(KIND + kind.name());
    }

    static String status(SheetStatus status) {
        return Messages.get(STATUS + status.name());
    }
}

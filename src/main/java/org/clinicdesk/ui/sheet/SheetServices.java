package org.clinicdesk.ui.sheet;

import org.clinicdesk.domain.sheet.SheetOutput;
import org.clinicdesk.domain.sheet.SheetService;

/** What the sheet screens are given by the application. */
public record SheetServices(SheetService sheets, SheetOutput output) {
}

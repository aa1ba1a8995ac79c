package org.clinicdesk.document;

import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;

/** Paper sizes a sheet prints on: A4 in India, Letter for the odd US printer. */
public enum SheetPageSize {
    A4, LETTER;

    Rectangle rectangle() {
        return this == A4 ? PageSize.A4 : PageSize.LETTER;
    }
}

package org.clinicdesk.domain.sheet;

/** Paper sizes a sheet prints on: A4 in India, Letter for the odd US printer. */
public enum SheetPageSize {
    A4, LETTER
}

package org.clinicdesk.domain.sheet;

/** What a sheet is about. */
public enum SheetKind {
    CONDITION, TREATMENT, GENERAL
}

package org.clinicdesk.domain.sheet;

/** Where a sheet version is in review. Only APPROVED versions reach patients. */
public enum SheetStatus {
    DRAFT, IN_REVIEW, APPROVED, RETIRED
}

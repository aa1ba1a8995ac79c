package org.clinicdesk.domain.sheet;

/** Why a sheet is being printed: to give to a visitor, or as a review copy for staff. */
public enum PrintPurpose {
    FOR_PATIENT, REVIEW_COPY
}

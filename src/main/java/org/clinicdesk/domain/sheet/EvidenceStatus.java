package org.clinicdesk.domain.sheet;

/** For treatment sheets: is the treatment standard care, or still being tested. */
public enum EvidenceStatus {
    STANDARD_CARE, INVESTIGATIONAL
}

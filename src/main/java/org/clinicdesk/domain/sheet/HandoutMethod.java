package org.clinicdesk.domain.sheet;

/** How a sheet was given: printed on paper, or saved as a PDF to send on. */
public enum HandoutMethod {
    PRINTED, PDF
}

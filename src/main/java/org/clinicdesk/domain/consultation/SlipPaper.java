package org.clinicdesk.domain.consultation;

/** Paper a booking slip prints on: A5 (half an A4 sheet, the usual slip) or A4. */
public enum SlipPaper {
    A5, A4
}

package org.clinicdesk.domain.consultation;

import java.util.List;

/**
 * The day list of one centre, ready to print: every text already in the reader's language (the caller localises), one
 * row per consultation.
 *
 * @param title     for example "Bangalore — Indiranagar · Wednesday 25 November 2026"
 * @param subtitle  for example the clinic's name and the centre's phone
 * @param headings  time, name, phone, clinician, status
 * @param footer    for example "Printed 25 Nov 2026 09:12 · page {0}" ({0}: the page number)
 * @param empty     shown instead of the table when there is no consultation
 */
public record DayList(String title, String subtitle, List<String> headings, List<Row> rows, String footer, String empty) {
    public DayList {
        if (headings.size() != 5) {
            throw new IllegalArgumentException("a day list has five columns");
        }
        rows = List.copyOf(rows);
    }

    /** One consultation: time, name, phone, clinician, status (in words). */
    public record Row(String time, String name, String phone, String clinician, String status) {
    }
}

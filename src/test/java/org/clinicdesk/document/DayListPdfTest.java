package org.clinicdesk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicdesk.domain.consultation.DayList;
import org.junit.jupiter.api.Test;

class DayListPdfTest {
    private static final List<String> HEADINGS = List.of("Time", "Name", "Phone", "Clinician", "Status");

    private static String text(DayList list) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DayListPdf().write(list, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void theDayListHasEveryRowAsRealTextIncludingIndianScripts() throws Exception {
        DayList list = new DayList("Bangalore — Indiranagar · Wednesday 25 November 2026", "Deccan Rheumatology Clinic",
                HEADINGS, List.of(
                        new DayList.Row("10:30", "Lakshmi Narayanan", "+91 98450 12345", "Dr Kavitha Rao", "Confirmed"),
                        new DayList.Row("11:00", "ರಮೇಶ್ ಗೌಡ", "+91 98450 12346", "Dr Kavitha Rao", "Booked"),
                        new DayList.Row("11:30", "सीता शर्मा", "+91 98450 12347", "Dr Anil Menon", "Arrived"),
                        new DayList.Row("12:00", "వెంకట రెడ్డి", "+91 98450 12348", "Dr Anil Menon", "No-show")),
                "Printed 25 Nov 2026 09:12 · page {0}", "No consultations");
        String text = text(list);
        assertThat(text).contains("Bangalore — Indiranagar · Wednesday 25 November 2026", "Time", "Clinician",
                "10:30", "Lakshmi Narayanan", "+91 98450 12345", "Confirmed", "ರಮೇಶ್ ಗೌಡ", "सीता शर्मा", "వెంకట రెడ్డి",
                "No-show", "page 1");
        assertThat(text.indexOf("10:30")).isLessThan(text.indexOf("11:00"));
    }

    @Test
    void aLongDayRunsOverPagesWithTheHeadingsRepeatedAndAnEmptyDaySaysSo() throws Exception {
        List<DayList.Row> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            rows.add(new DayList.Row(String.format("%02d:%02d", 9 + i / 12, (i % 12) * 5), "Person " + i, "+91 98450 1" + (2000 + i),
                    "Dr Kavitha Rao", "Booked"));
        }
        String text = text(new DayList("Day", "", HEADINGS, rows, "page {0}", "No consultations"));
        assertThat(text).contains("Person 0", "Person 79", "page 2");
        assertThat(text.split("Clinician", -1).length - 1).isGreaterThanOrEqualTo(2);
        assertThat(text(new DayList("Day", "", HEADINGS, List.of(), "page {0}", "No consultations")))
                .contains("No consultations");
    }
}

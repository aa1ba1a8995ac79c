package org.clinicdesk.domain.transfer;

import java.util.List;

/**
 * A spreadsheet read from a CSV file: the heading row and the data rows as text. Row {@code i} of {@link #rows()} is
 * row {@code i + 2} in the spreadsheet (the headings are row 1), which is the number reports show.
 *
 * @param encoding  what the file turned out to be ("UTF-8", "UTF-8 with BOM", "Windows-1252")
 * @param delimiter ',' or ';' (or a tab)
 */
public record CsvTable(List<String> headers, List<List<String>> rows, String encoding, char delimiter) {
    public CsvTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public static int spreadsheetRow(int index) {
        return index + 2;
    }

    public int columnIndex(String header) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).equals(header)) {
                return i;
            }
        }
        return -1;
    }
}

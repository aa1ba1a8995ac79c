package org.clinicdesk.document.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinicdesk.domain.transfer.CsvTable;
import org.clinicdesk.domain.transfer.TableWriter;

/**
 * Writes a table as UTF-8 CSV with a BOM (so Excel shows Indian scripts correctly) and CRLF line ends. A cell that a
 * spreadsheet would run as a formula gets a leading ' (the import removes it again).
 */
public final class CsvWriting implements TableWriter {
    @Override
    public void write(CsvTable table, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        writer.write('\uFEFF');
        printer.printRecord(table.headers());
        for (List<String> row : table.rows()) {
            printer.printRecord(row.stream().map(CsvWriting::defused).toList());
        }
        printer.flush();
    }

    /** "=HYPERLINK(...)" becomes "'=HYPERLINK(...)"; a phone such as "+919845012345" is left as it is. */
    static String defused(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '@'
                || ((first == '+' || first == '-') && !cell.substring(1).matches("[\\d ()-]*"));
        return formula ? "'" + cell : cell;
    }
}

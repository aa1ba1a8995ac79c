package org.clinicdesk.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.report.Report;
import org.clinicdesk.domain.report.ReportExportFile;
import org.clinicdesk.domain.report.ReportTable;

/**
 * A report's figures as CSV, one figure a line under one header row, each line saying the report, range and centre it
 * covers, so a spreadsheet can filter and pivot it. UTF-8 with a byte-order mark (centre and sheet names in any
 * script). Counts and rates only.
 */
public final class ReportCsv implements ReportExportFile {
    static final String[] HEADER = {"report", "from", "to", "centre", "table", "group", "subgroup", "measure", "value"};

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(writer);
        String centre = report.centre() == null ? UserMessage.of("report.allCentres").english() : report.centre();
        for (ReportTable table : report.tables()) {
            String title = table.title().english();
            for (ReportTable.Row row : table.rows()) {
                String group = row.labels().getFirst().english();
                String subgroup = row.labels().size() > 1 ? row.labels().get(1).english() : "";
                for (int i = 0; i < row.values().size(); i++) {
                    List<Object> line = new ArrayList<>(List.of(report.kind().commandName(),
                            report.range().from().toString(), report.range().to().toString(), centre, title, group,
                            subgroup, table.columns().get(table.labelColumns() + i).english()));
                    line.add(ReportTable.figure(row.values().get(i)));
                    csv.printRecord(line);
                }
            }
        }
        csv.flush();
    }
}

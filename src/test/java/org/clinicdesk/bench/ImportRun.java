package org.clinicdesk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.clinicdesk.app.AppContext;
import org.clinicdesk.document.csv.CsvReading;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.transfer.ColumnMapping;
import org.clinicdesk.domain.transfer.CsvTable;
import org.clinicdesk.domain.transfer.ImportCheck;
import org.clinicdesk.store.transfer.ImportBenchmark;

/** A spreadsheet import into the full database (read, check, write), against bare inserts of as many rows. */
final class ImportRun {
    private ImportRun() {
    }

    static void measure(AppContext context, BenchTable table, int rows, Path floorFile) throws Exception {
        // the spreadsheet names the centres by city; the demo clinic's centres carry their area too
        byte[] bytes = new String(ImportBenchmark.sheet(rows, 7), StandardCharsets.UTF_8)
                .replace(";Bangalore;", ";Bangalore — Indiranagar;").replace(";Hyderabad;", ";Hyderabad — Banjara Hills;")
                .getBytes(StandardCharsets.UTF_8);
        context.currentUser().actAsCommandLine(); // the import refuses when nobody is signed in (issue 12)
        long t = System.nanoTime();
        CsvTable csv = CsvReading.parse(bytes, "bench.csv");
        ImportCheck check = context.importService().check(csv, ColumnMapping.guess("", csv.headers()), Progress.NONE);
        context.importService().importChecked(check, false, Progress.NONE);
        double seconds = (System.nanoTime() - t) / 1e9;
        context.signInService().signInDemo(); // the rows after this one save as the demo manager, not the command line
        int valid = check.valid().size();
        try (Floors floor = new Floors(floorFile)) {
            table.rate(String.format("import, %,d rows (%,d valid) into the full file", rows, valid), rows / seconds,
                    floor.insertRate(rows), "–");
        }
    }
}

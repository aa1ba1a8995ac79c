package org.clinicdesk.store.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.clinicdesk.document.csv.CsvReading;
import org.clinicdesk.domain.common.Progress;
import org.clinicdesk.domain.transfer.ColumnMapping;
import org.clinicdesk.domain.transfer.CsvTable;
import org.clinicdesk.domain.transfer.ImportCheck;
import org.clinicdesk.store.Database;
import org.clinicdesk.testing.ImportFixture;
import org.clinicdesk.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 100,000 spreadsheet rows: read, check, write. Run with {@code ./mvnw -o -Pbench test -Dtest=ImportBenchmark}. */
public class ImportBenchmark {
    static final int ROWS = Integer.getInteger("import.rows", 100_000);
    private static final String[] NAMES = {"Anita Rao", "ಅನಿತಾ ರಾವ್", "అనిత రావు", "अनीता राव", "محمد عمران", "José D'Souza"};

    public static byte[] sheet(int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("Name;Mobile;Email;City;Age;Source;Centre;Remarks;Date;Follow up;Consent\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append(NAMES[random.nextInt(NAMES.length)]).append(' ').append(i).append(';')
                    .append(9 - random.nextInt(3)).append(String.format("%04d %05d", random.nextInt(10_000), random.nextInt(100_000))).append(';')
                    .append(random.nextInt(4) == 0 ? "p" + i + "@example.in" : "").append(';')
                    .append(random.nextBoolean() ? "Bengaluru" : "Hyderabad").append(';')
                    .append(random.nextInt(5) == 0 ? "" : Integer.toString(18 + random.nextInt(60))).append(';')
                    .append(random.nextBoolean() ? "Walk-in" : "WhatsApp").append(';')
                    .append(random.nextBoolean() ? "Bangalore" : "Hyderabad").append(';')
                    .append(random.nextInt(3) == 0 ? "\"prefers afternoon; bringing reports\"" : "").append(';')
                    .append(1 + random.nextInt(28)).append('/').append(1 + random.nextInt(10)).append("/2026;")
                    .append(';').append(random.nextBoolean() ? "spoken" : "written").append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void hundredThousandRows(@TempDir Path dir) {
        byte[] bytes = sheet(ROWS, 7);
        try (Database db = TestDb.open(dir)) {
            ImportFixture f = new ImportFixture(db);
            long t0 = System.nanoTime();
            CsvTable table = CsvReading.parse(bytes, "big.csv");
            long t1 = System.nanoTime();
            ImportCheck check = f.imports.check(table, ColumnMapping.guess("", table.headers()), Progress.NONE);
            long t2 = System.nanoTime();
            f.imports.importChecked(check, false, Progress.NONE);
            long t3 = System.nanoTime();
            double total = (t3 - t0) / 1e9;
            System.out.printf("ImportBenchmark: %,d rows (%,d valid, %.1f MB): read %.2f s, check %.2f s, write %.2f s,"
                            + " total %.2f s = %,.0f rows/s%n", ROWS, check.valid().size(), bytes.length / 1e6,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, total, ROWS / total);
            assertThat(f.enquiryCount()).isEqualTo(check.valid().size());
        }
    }
}

package org.clinicdesk.document.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.transfer.CsvTable;

/**
 * Reads a CSV file as a clinic has it from Excel or Google Sheets: UTF-8 with or without a BOM, UTF-16 with its BOM
 * (Excel's "Unicode text"), or Windows-1252 (Excel's "CSV" on Windows), decided by {@link TextDecoding}; comma,
 * semicolon (Excel in many locales) or tab between cells.
 */
public final class CsvReading {
    public static final long MAX_BYTES = 200L * 1024 * 1024;
    static final Charset WINDOWS_1252 = TextDecoding.WINDOWS_1252;

    private CsvReading() {
    }

    public static CsvTable read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ClinicDeskException(UserMessage.of("import.error.tooLarge", file.getFileName().toString()));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ClinicDeskException(UserMessage.of("document.error.read", file, e.getMessage()), e);
        }
        return parse(bytes, file.getFileName().toString());
    }

    public static CsvTable parse(byte[] bytes, String fileName) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, fileName);
        String encoding = decoded.encoding();
        String text = decoded.text();
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> headers = null;
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cleanHeaders(cells);
                } else {
                    rows.add(cells);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // the parser's own message may quote the cell, which must not reach the log: row numbers only
            throw new ClinicDeskException(UserMessage.of("import.error.unclosedQuote", fileName,
                    String.valueOf(rows.size() + 1), String.valueOf(rows.size() + 2)));
        }
        if (headers == null || headers.stream().allMatch(String::isBlank)) {
            throw new ClinicDeskException(UserMessage.of("import.error.emptyFile", fileName));
        }
        return new CsvTable(headers, rows, encoding, delimiter);
    }

    /** The separator that occurs most in the heading row, outside quotes. */
    static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    private static List<String> cleanHeaders(List<String> cells) {
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String h = cells.get(i).strip();
            String name = h.isEmpty() ? "Column " + (i + 1) : h;
            // two columns with one heading would make a mapping ambiguous
            while (headers.contains(name)) {
                name = name + " (" + (i + 1) + ")";
            }
            headers.add(name);
        }
        return headers;
    }
}

package org.clinicdesk.document.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clinicdesk.domain.common.ClinicDeskException;
import org.clinicdesk.domain.common.UserMessage;
import org.clinicdesk.domain.transfer.CsvTable;

/**
 * Reads a CSV file as a clinic has it from Excel or Google Sheets: UTF-8 with or without a BOM, or Windows-1252
 * (Excel's "CSV" on Windows); comma, semicolon (Excel in many locales) or tab between cells.
 */
public final class CsvReading {
    public static final long MAX_BYTES = 200L * 1024 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvReading() {
    }

    public static CsvTable read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ClinicDeskException(file.getFileName() + " is larger than 200 MB; split it into smaller files.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ClinicDeskException(UserMessage.of("document.error.read", file, e.getMessage()), e);
        }
        return parse(bytes, file.getFileName().toString());
    }

    public static CsvTable parse(byte[] bytes, String fileName) {
        String encoding;
        String text;
        if (bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM)) {
            encoding = "UTF-8 with BOM";
            // with a BOM the file says it is UTF-8: bad bytes become U+FFFD and the rows holding them are reported
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                encoding = "UTF-8";
                text = utf8;
            } else {
                encoding = "Windows-1252";
                text = new String(bytes, WINDOWS_1252);
            }
        }
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
            throw new ClinicDeskException(fileName + " could not be read as CSV after row " + (rows.size() + 1)
                    + " (" + e.getMessage() + "). A quote (\") is probably not closed in row " + (rows.size() + 2)
                    + "; fix it in the spreadsheet and save it as CSV again.", e);
        }
        if (headers == null || headers.stream().allMatch(String::isBlank)) {
            throw new ClinicDeskException(fileName + " is empty: the first row should hold the column headings.");
        }
        return new CsvTable(headers, rows, encoding, delimiter);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
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

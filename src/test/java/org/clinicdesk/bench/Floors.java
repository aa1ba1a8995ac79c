package org.clinicdesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfWriter;

/** What the same work costs with no ClinicDesk code: plain JDBC on the same file, OpenPDF on the same text. */
final class Floors implements AutoCloseable {
    private static final String INSERT = "INSERT INTO enquiry (full_name, phone, email, city, age, channel, centre_id,"
            + " notes, consent_given_at, consent_method, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'WALK_IN', 1, ?, ?,"
            + " 'SPOKEN', ?, ?)";
    private final Connection c;

    Floors(Path file) {
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows per second of a bare prepared insert through the same triggers, {@code rows} in one transaction. */
    double insertRate(int rows) throws SQLException {
        long t = System.nanoTime();
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            for (int i = 0; i < rows; i++) {
                bind(p, i);
                p.addBatch();
                if (i % 5_000 == 4_999) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        return rows / ((System.nanoTime() - t) / 1e9);
    }

    /** One row, in its own transaction, with synchronous=FULL: the floor under saving one enquiry. */
    void insertOne(int i) {
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            bind(p, i);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement p, int i) throws SQLException {
        p.setString(1, "Floor Person " + i);
        p.setString(2, "+9198" + String.format("%08d", i));
        p.setString(3, "floor" + i + "@example.in");
        p.setString(4, "Bengaluru");
        p.setInt(5, 20 + i % 60);
        p.setString(6, "prefers afternoon");
        p.setString(7, "2026-11-25T04:30:00.000Z");
        p.setString(8, "2026-11-25T04:30:00.000Z");
        p.setString(9, "2026-11-25T04:30:00.000Z");
    }

    /** Reads every row of {@code sql} with {@code args}; returns how many. */
    int query(String sql, Object... args) {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            int n = 0;
            try (ResultSet rs = p.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int col = 1; col <= columns; col++) {
                        rs.getObject(col);
                    }
                    n++;
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain FTS query for typed text: newest 50 matches, no ranking. */
    int fts(String typed) {
        return query("SELECT rowid FROM enquiry_fts WHERE enquiry_fts MATCH ? ORDER BY rowid DESC LIMIT 50",
                "\"" + typed.replace("\"", "\"\"") + "\"");
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }

    /** OpenPDF laying out {@code text} as paragraphs in one embedded, shaped Noto font, fonts already loaded. */
    static final class PlainPdf {
        private final GlyphLayoutManager layout = new GlyphLayoutManager().setWriteActualText(true);
        private final BaseFont font;

        PlainPdf(String fontFile) {
            try (InputStream in = PlainPdf.class.getResourceAsStream("/org/clinicdesk/fonts/" + fontFile)) {
                font = layout.loadFont(fontFile, in, 10f).getBaseFont();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        byte[] write(String text) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 56, 56, 72, 72);
            document.setGlyphLayoutManager(layout);
            PdfWriter.getInstance(document, out);
            document.open();
            Font f = new Font(font, 11);
            for (String line : text.split("\n")) {
                document.add(new Paragraph(line.isBlank() ? " " : line, f));
            }
            document.close();
            return out.toByteArray();
        }
    }

    static String fontFor(String language) {
        return switch (language == null ? "en" : language) {
            case "hi", "mr", "ne" -> "NotoSansDevanagari-Regular.ttf";
            case "kn" -> "NotoSansKannada-Regular.ttf";
            case "te" -> "NotoSansTelugu-Regular.ttf";
            case "ur", "ar" -> "NotoSansArabic-Regular.ttf";
            default -> "NotoSans-Regular.ttf";
        };
    }
}

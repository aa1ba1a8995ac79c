package org.clinicdesk.document;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Keeps a heading with the start of what follows it: a heading goes to the next page unless the heading, and the first
 * lines of the paragraph, or the short list (else its first item) after it, fit above the foot of this page. (A list
 * that does not fit moves whole, which used to leave its heading alone at the foot of a page.)
 */
final class HeadingRoom {
    /** A following paragraph need only start on this page: about three lines of it. */
    private static final float FIRST_LINES = 3 * SheetStyle.BODY_LEADING;
    private static final float TALL = 100_000;
    private static final float SHORT_LIST = 260;

    private HeadingRoom() {
    }

    static void keepWithNext(Document doc, PdfWriter writer, Element heading, Element next, float width) {
        float needed = height(writer, heading, width) + firstPart(writer, next, width) + 8;
        if (writer.getVerticalPosition(true) - doc.bottom() < needed) {
            doc.newPage();
        }
    }

    private static float firstPart(PdfWriter writer, Element next, float width) {
        if (next instanceof Paragraph p && !p.isEmpty()) {
            Element first = p.getFirst();
            if (first instanceof org.openpdf.text.List list && !list.getItems().isEmpty()) {
                // a short list moves to the next page whole when it does not fit: keep the heading with all of it
                float whole = height(writer, p, width);
                return whole <= SHORT_LIST ? whole
                        : height(writer, new Paragraph((Paragraph) list.getItems().getFirst()), width);
            }
            if (first instanceof Paragraph item) {
                return height(writer, item, width);
            }
            if (!(p instanceof ListItem)) {
                return Math.min(height(writer, p, width), FIRST_LINES);
            }
        }
        return Math.min(height(writer, next, width), FIRST_LINES * 2);
    }

    /** The height an element takes in a column of this width, laid out without drawing. */
    static float height(PdfWriter writer, Element element, float width) {
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(0, 0, width, TALL);
        try {
            column.addElement(element);
            column.go(true);
        } catch (RuntimeException e) {
            return FIRST_LINES;
        }
        return TALL - column.getYLine();
    }
}

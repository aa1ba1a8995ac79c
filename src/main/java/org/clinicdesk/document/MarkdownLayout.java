package org.clinicdesk.document;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Walks a sheet's Markdown (headings, paragraphs, lists, quotes, bold) into OpenPDF elements in the leaflet style, in
 * the direction of the sheet's language.
 */
final class MarkdownLayout {
    private static final Parser PARSER = Parser.builder().build();
    private static final float LIST_INDENT = 16;
    private final PdfFonts fonts;
    private final TextBlocks blocks;
    private final float width;

    /** @param width the text column's width in points */
    MarkdownLayout(TextBlocks blocks, float width) {
        this.fonts = blocks.fonts();
        this.blocks = blocks;
        this.width = width;
    }

    List<Element> layout(String markdown) {
        List<Element> out = new ArrayList<>();
        for (Node block = PARSER.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
            Element e = block(block, 0);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private Element block(Node node, int depth) {
        return block(node, depth, width);
    }

    private Element block(Node node, int depth, float columnWidth) {
        return switch (node) {
            case Heading h -> heading(h);
            case Paragraph p -> paragraph(inline(p, SheetStyle.BODY, false, SheetStyle.INK), 7, columnWidth);
            case ListBlock list -> blocks.rightToLeft() ? rightToLeftList(list, 0, columnWidth) : list(list, depth);
            case BlockQuote quote -> callout(quote);
            case ThematicBreak ignored -> spacer(8);
            default -> paragraph(inline(node, SheetStyle.BODY, false, SheetStyle.INK), 7, columnWidth);
        };
    }

    /** A section heading: the renderer starts a new page rather than leave one alone at the foot of a page. */
    static final class SectionHeading extends org.openpdf.text.Paragraph {
        SectionHeading(org.openpdf.text.Paragraph lines) {
            super(lines);
        }
    }

    private Element heading(Heading h) {
        boolean major = h.getLevel() <= 2;
        float size = major ? SheetStyle.HEADING : 12f;
        Phrase text = inline(h, size, true, major ? SheetStyle.BRAND : SheetStyle.INK);
        org.openpdf.text.Paragraph p = new SectionHeading(blocks.rightToLeft()
                ? blocks.paragraph(text, width, size * 1.3f) : new org.openpdf.text.Paragraph(text));
        p.setLeading(blocks.leading(size * 1.3f));
        p.setAlignment(blocks.align());
        p.setSpacingBefore(major ? 4 : 2);
        p.setSpacingAfter(3);
        p.setKeepTogether(true);
        return p;
    }

    private org.openpdf.text.Paragraph paragraph(Phrase phrase, float after, float columnWidth) {
        org.openpdf.text.Paragraph p = blocks.rightToLeft() ? blocks.paragraph(phrase, columnWidth, SheetStyle.BODY_LEADING)
                : new org.openpdf.text.Paragraph(phrase);
        if (!blocks.rightToLeft()) {
            p.setLeading(SheetStyle.BODY_LEADING);
        }
        p.setSpacingAfter(after);
        return p;
    }

    /** Right to left: each item a paragraph with its marker at the right, nested lists indented from the right. */
    private Element rightToLeftList(ListBlock block, int depth, float columnWidth) {
        boolean ordered = block instanceof OrderedList;
        int number = ordered ? ((OrderedList) block).getMarkerStartNumber() : 0;
        org.openpdf.text.Paragraph wrapper = new org.openpdf.text.Paragraph();
        wrapper.setFont(fonts.font(SheetStyle.BODY, false, SheetStyle.INK));
        wrapper.setLeading(blocks.leading(SheetStyle.BODY_LEADING));
        float indent = depth == 0 ? 6 : LIST_INDENT;
        float inner = columnWidth - indent;
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem li)) {
                continue;
            }
            String symbol = ordered ? (number++) + "." : depth == 0 ? "\u2022" : "\u2013";
            Chunk marker = new Chunk(symbol, fonts.font(SheetStyle.BODY, true, SheetStyle.BRAND));
            for (Node child = li.getFirstChild(); child != null; child = child.getNext()) {
                float itemWidth = marker == null ? inner - LIST_INDENT : inner;
                Element e = child instanceof ListBlock nested ? rightToLeftList(nested, depth + 1, itemWidth)
                        : blocks.item(marker, inline(child, SheetStyle.BODY, false, SheetStyle.INK), itemWidth,
                                SheetStyle.BODY_LEADING);
                if (e instanceof org.openpdf.text.Paragraph p) {
                    p.setIndentationRight(marker == null ? indent + LIST_INDENT : indent);
                    p.setSpacingAfter(2);
                }
                wrapper.add(e);
                marker = null;
            }
        }
        wrapper.setSpacingAfter(depth == 0 ? 7 : 0);
        return wrapper;
    }

    private Element list(ListBlock block, int depth) {
        boolean ordered = block instanceof OrderedList;
        org.openpdf.text.List list = new org.openpdf.text.List(ordered, 16);
        // a numbered list takes its numbers' font from the symbol chunk
        list.setListSymbol(new Chunk(ordered ? "" : depth == 0 ? "\u2022" : "\u2013",
                fonts.font(SheetStyle.BODY, true, SheetStyle.BRAND)));
        list.setIndentationLeft(depth == 0 ? 6 : 4);
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem li) {
                list.add(listItem(li, depth, ordered));
            }
        }
        org.openpdf.text.Paragraph wrapper = new org.openpdf.text.Paragraph();
        wrapper.setFont(fonts.font(SheetStyle.BODY, false, SheetStyle.INK));
        wrapper.add(list);
        wrapper.setSpacingAfter(depth == 0 ? 7 : 0);
        return wrapper;
    }

    private org.openpdf.text.ListItem listItem(ListItem li, int depth, boolean ordered) {
        org.openpdf.text.ListItem item = new org.openpdf.text.ListItem();
        // every element gets an embedded font, or OpenPDF falls back to a non-embedded Helvetica
        item.setFont(fonts.font(SheetStyle.BODY, false, SheetStyle.INK));
        item.setLeading(SheetStyle.BODY_LEADING);
        item.setSpacingAfter(2);
        boolean first = true;
        for (Node child = li.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock nested) {
                item.add(list(nested, depth + 1));
            } else {
                if (!first) {
                    item.add(new Chunk("\n", fonts.font(SheetStyle.BODY, false, SheetStyle.INK)));
                }
                item.add(inline(child, SheetStyle.BODY, false, SheetStyle.INK));
                first = false;
            }
        }
        return item;
    }

    private Element callout(BlockQuote quote) {
        PdfPCell cell = blocks.tintedBox();
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
            cell.addElement(block(child, 1, TextBlocks.insideTintedBox(width)));
        }
        return boxed(cell, 6, 10);
    }

    static PdfPTable boxed(PdfPCell cell, float before, float after) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(before);
        table.setSpacingAfter(after);
        table.addCell(cell);
        table.setKeepTogether(true);
        return table;
    }

    private Element spacer(float height) {
        org.openpdf.text.Paragraph p = new org.openpdf.text.Paragraph(fonts.phrase(" ", SheetStyle.BODY, false, SheetStyle.INK));
        p.setLeading(height);
        return p;
    }

    /** The inline content of a block as one phrase: text runs, bold runs, link text with its address. */
    Phrase inline(Node parent, float size, boolean bold, Color color) {
        Phrase phrase = new Phrase();
        phrase.setFont(fonts.font(size, bold, color));
        phrase.setLeading(size * 1.45f);
        appendInline(phrase, parent, size, bold, color);
        return phrase;
    }

    private void appendInline(Phrase phrase, Node parent, float size, boolean bold, Color color) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case Text t -> phrase.add(fonts.phrase(t.getLiteral(), size, bold, color));
                case Code c -> phrase.add(fonts.phrase(c.getLiteral(), size, bold, color));
                case SoftLineBreak ignored -> phrase.add(fonts.phrase(" ", size, bold, color));
                case HardLineBreak ignored -> phrase.add(new Chunk("\n", fonts.font(size, bold, color)));
                case StrongEmphasis s -> appendInline(phrase, s, size, true, color);
                case Emphasis e -> appendInline(phrase, e, size, bold, SheetStyle.BRAND);
                case Link l -> {
                    appendInline(phrase, l, size, bold, SheetStyle.BRAND);
                    if (!l.getDestination().isBlank()) {
                        phrase.add(fonts.phrase(" (" + l.getDestination() + ")", size * 0.85f, false, SheetStyle.MUTED));
                    }
                }
                default -> appendInline(phrase, n, size, bold, color);
            }
        }
    }
}

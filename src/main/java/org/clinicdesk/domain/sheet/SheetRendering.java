package org.clinicdesk.domain.sheet;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Lays sheets out as the one PDF that is printed, saved and previewed, and turns a PDF into page images so the screen
 * and the printer show exactly what it holds. Implemented in {@code document}, plugged in by {@code app}.
 */
public interface SheetRendering {
    /** One sheet as a PDF, its pages numbered "page x of y". */
    byte[] render(SheetVersion sheet, SheetRenderOptions options);

    /** Several sheets in one PDF, each numbered on its own. */
    byte[] renderAll(List<SheetVersion> sheets, SheetRenderOptions options);

    /** The PDF's pages as images at {@code dpi}. */
    List<BufferedImage> pages(byte[] pdf, float dpi);
}

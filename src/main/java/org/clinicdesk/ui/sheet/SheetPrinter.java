package org.clinicdesk.ui.sheet;

import java.awt.image.BufferedImage;
import java.util.List;
import org.clinicdesk.domain.sheet.SheetPageSize;

/** Sends page images (the rasterised sheet PDF) to a printer through the system print dialog. Tests answer for it. */
public interface SheetPrinter {
    /** What happened to a print request. */
    enum Outcome { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    /**
     * Resolution the pages are rasterised at for printing: 300 dpi, a laser printer's own resolution, so the small
     * marks of Kannada and Telugu at body size stay sharp (at 200 dpi they went soft).
     */
    float PRINT_DPI = 300f;

    /** False when this computer has no printer installed (then offer Save as PDF). */
    boolean available();

    Outcome print(List<BufferedImage> pages, SheetPageSize size, String jobName);

    /** Paper the printer is asked for: the sheets' sizes, and A5 for booking slips. */
    enum Paper { A4, A5, LETTER }

    /**
     * Prints on {@code paper}. A printer that knows only the sheets' sizes prints A5 pages on A4, scaled to fit.
     */
    default Outcome print(List<BufferedImage> pages, Paper paper, String jobName) {
        return print(pages, paper == Paper.LETTER ? SheetPageSize.LETTER : SheetPageSize.A4, jobName);
    }
}

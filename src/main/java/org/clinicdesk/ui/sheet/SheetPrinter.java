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
}

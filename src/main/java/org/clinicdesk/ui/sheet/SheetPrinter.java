package org.clinicdesk.ui.sheet;

import java.awt.image.BufferedImage;
import java.util.List;
import org.clinicdesk.domain.sheet.SheetPageSize;

/** Sends page images (the rasterised sheet PDF) to a printer through the system print dialog. Tests answer for it. */
public interface SheetPrinter {
    /** What happened to a print request. */
    enum Outcome { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    /** Resolution the pages are rasterised at for printing. */
    float PRINT_DPI = 200f;

    /** False when this computer has no printer installed (then offer Save as PDF). */
    boolean available();

    Outcome print(List<BufferedImage> pages, SheetPageSize size, String jobName);
}

package org.clinicdesk.ui.report;

import java.awt.image.BufferedImage;
import java.util.List;

/** Prints a report's own PDF pages; the shell plugs in the desk's printer. Tests answer for it. */
public interface ReportPrinter {
    enum Outcome { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    /** The PDF's pages as images, for the printer; called away from the FX thread. */
    List<BufferedImage> pages(byte[] pdf);

    /** Shows the print dialog and prints; on the FX thread. */
    Outcome print(List<BufferedImage> pages, String jobName);
}

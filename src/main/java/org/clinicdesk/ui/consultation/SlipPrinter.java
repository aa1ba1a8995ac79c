package org.clinicdesk.ui.consultation;

import java.awt.image.BufferedImage;
import java.util.List;
import org.clinicdesk.domain.consultation.SlipPaper;

/** Prints a booking slip's own PDF pages on the desk's printer (the shell plugs in the sheets' printer). */
public interface SlipPrinter {
    enum Outcome { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    /** False when this computer has no printer installed (then offer the PDF). */
    boolean available();

    /** The PDF's pages as images for the printer; called away from the FX thread. */
    List<BufferedImage> pages(byte[] pdf);

    /** Shows the print dialog and prints on {@code paper}; on the FX thread. */
    Outcome print(List<BufferedImage> pages, SlipPaper paper, String jobName);
}

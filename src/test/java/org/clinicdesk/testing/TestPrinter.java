package org.clinicdesk.testing;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clinicdesk.domain.sheet.SheetPageSize;
import org.clinicdesk.ui.sheet.SheetPrinter;

/**
 * Stands in for the computer's printers, so a UI test does not depend on whether the machine running it has one.
 * Without a printer ({@link #installed} false, the default) the desk offers a PDF; with one, each job's pages are kept.
 */
public final class TestPrinter implements SheetPrinter {
    /** One print job as the printer received it: a sheet size, or (booking slips) a paper. */
    public record Job(String name, SheetPageSize size, Paper paper, List<BufferedImage> pages) {
    }

    public volatile boolean installed;
    public final List<Job> jobs = new CopyOnWriteArrayList<>();

    @Override
    public boolean available() {
        return installed;
    }

    @Override
    public Outcome print(List<BufferedImage> pages, SheetPageSize size, String jobName) {
        if (!installed) {
            return Outcome.NO_PRINTER;
        }
        jobs.add(new Job(jobName, size, size == SheetPageSize.LETTER ? Paper.LETTER : Paper.A4, List.copyOf(pages)));
        return Outcome.PRINTED;
    }

    @Override
    public Outcome print(List<BufferedImage> pages, Paper paper, String jobName) {
        if (!installed) {
            return Outcome.NO_PRINTER;
        }
        jobs.add(new Job(jobName, paper == Paper.LETTER ? SheetPageSize.LETTER : SheetPageSize.A4, paper,
                List.copyOf(pages)));
        return Outcome.PRINTED;
    }
}

package org.clinicdesk.domain.enquiry;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * A file that exported enquiries are written to (CSV, times in {@code zone}); implemented in {@code document},
 * plugged in by {@code app}. Hand its sink to {@link EnquiryService#export}, then close it to finish the file.
 */
public interface EnquiryExportFile {
    Sink open(Path file, ZoneId zone);

    /** Takes the rows; closing it finishes the file. */
    interface Sink extends Consumer<EnquirySummary>, AutoCloseable {
        @Override
        void close();
    }
}

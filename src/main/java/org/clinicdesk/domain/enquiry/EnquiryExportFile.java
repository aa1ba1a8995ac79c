package org.clinicdesk.domain.enquiry;

import java.io.OutputStream;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The format exported enquiries are written in (CSV, times in {@code zone}); implemented in {@code document},
 * plugged in by {@code app}. {@link EnquiryService#exportCsv} writes the file through {@code OutputFiles}.
 */
public interface EnquiryExportFile {
    Sink open(OutputStream out, ZoneId zone);

    /** Takes the rows; closing it finishes the file. */
    interface Sink extends Consumer<ExportedEnquiry>, AutoCloseable {
        @Override
        void close();
    }
}

package org.clinicdesk.domain.report;

import java.time.LocalDate;
import java.util.List;
import org.clinicdesk.domain.common.UserMessage;

/**
 * One report as a person reads it, on screen, in the CSV and on paper alike: its tables of figures and the charts
 * drawn from them. Counts only: no names, phones or other personal data.
 *
 * @param centre  the centre's name, or null for every centre
 * @param empty   nothing happened in the range at that centre (the screen says so in words)
 * @param printed the clinic's day the figures were worked out
 */
public record Report(ReportKind kind, DateRange range, String centre, LocalDate printed, boolean empty,
                     List<ReportTable> tables, List<ReportChart> charts) {
    public Report {
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    public UserMessage title() {
        return UserMessage.of("report.kind." + kind.name());
    }

    /** "1 Nov 2026 to 30 Nov 2026, Bangalore" or "..., all centres". */
    public UserMessage scope() {
        return UserMessage.of("report.scope", ReportText.day(range.from()), ReportText.day(range.to()),
                centre == null ? UserMessage.of("report.allCentres") : centre);
    }

    /** What the screen says instead of charts when the range holds nothing. */
    public UserMessage emptyText() {
        return UserMessage.of("report.empty." + kind.name(), ReportText.day(range.from()), ReportText.day(range.to()),
                centre == null ? UserMessage.of("report.allCentres") : centre);
    }
}

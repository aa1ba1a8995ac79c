package org.clinicdesk.ui.report;

import org.clinicdesk.domain.report.ReportService;

/** What the Reports screen is given: the report service (figures, CSV, PDF, the audit of each). */
public record ReportServices(ReportService reports) {
}

package org.clinicdesk.domain.report;

import java.util.List;
import org.clinicdesk.domain.common.UserMessage;

/**
 * One table of a report: its title, column headings (the first {@code labelColumns} name the group, the rest are
 * figures) and rows.
 */
public record ReportTable(UserMessage title, int labelColumns, List<UserMessage> columns, List<Row> rows) {
    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A figure as every output writes it: counts as they are, rates and days to one decimal, nothing for null. */
    public static String figure(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return String.format(java.util.Locale.ROOT, "%.1f", value.doubleValue());
        }
        return Long.toString(value.longValue());
    }

    /**
     * @param labels what the row counts (a channel, a centre's name ...)
     * @param values a {@link Long} count, a {@link Double} rate in per cent or a number of days, or null where a rate
     *               has nothing to divide by
     */
    public record Row(List<UserMessage> labels, List<Number> values) {
        public Row {
            labels = List.copyOf(labels);
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}

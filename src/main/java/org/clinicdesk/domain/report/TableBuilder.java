package org.clinicdesk.domain.report;

import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.domain.common.UserMessage;

/** Builds one {@link ReportTable}, row by row. */
final class TableBuilder {
    private final UserMessage title;
    private final int labelColumns;
    private final List<UserMessage> columns;
    private final List<ReportTable.Row> rows = new ArrayList<>();

    /** @param columnKeys keys under "report.column.", the label columns first */
    TableBuilder(String titleKey, int labelColumns, String... columnKeys) {
        this.title = UserMessage.of("report.table." + titleKey);
        this.labelColumns = labelColumns;
        this.columns = java.util.Arrays.stream(columnKeys).map(ReportText::column).toList();
    }

    TableBuilder row(UserMessage label, Number... values) {
        return row(List.of(label), values);
    }

    TableBuilder row(List<UserMessage> labels, Number... values) {
        rows.add(new ReportTable.Row(labels, java.util.Arrays.asList(values)));
        return this;
    }

    /** One row per count, labelled by {@code label}. */
    TableBuilder counts(List<Count> counts, java.util.function.Function<String, UserMessage> label) {
        for (Count c : counts) {
            row(label.apply(c.key()), c.count());
        }
        return this;
    }

    ReportTable build() {
        return new ReportTable(title, labelColumns, columns, rows);
    }
}

package org.clinicdesk.domain.transfer;

import java.util.List;

/**
 * The result of checking every row before anything is written.
 *
 * @param problems rows that cannot be imported, by row and column
 * @param warnings rows that will be imported but deserve a look (a phone that matches an existing enquiry)
 */
public record ImportCheck(int totalRows, List<ImportedEnquiry> valid, List<RowProblem> problems,
                          List<RowProblem> warnings) {
    public ImportCheck {
        valid = List.copyOf(valid);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public long rejectedRows() {
        return problems.stream().mapToInt(RowProblem::row).distinct().count();
    }

    public boolean allValid() {
        return problems.isEmpty();
    }
}
